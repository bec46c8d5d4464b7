#!/usr/bin/env python3
"""Regenerates annals-kb/src/main/resources/org/annals/kb/countries.tsv from
../shared/kb/codes/datasets_country-codes.csv (ISO codes, capitals; ODC-PDDL) and
../shared/kb/codes/CAMEO.country.txt (CAMEO codes), plus the names, short forms, adjectives,
demonyms and seats of government compiled below for Annals.
Run from the project root: python3 annals-kb/tools/gen_countries.py [shared-dir]"""
import csv, sys
SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
OUT = 'annals-kb/src/main/resources/org/annals/kb/countries.tsv'

# Canonical English names where the ISO/CLDR short name is not the usual news form.
NAME = {'USA': 'United States', 'GBR': 'United Kingdom', 'TUR': 'Turkey', 'CIV': "Côte d'Ivoire",
  'COG': 'Republic of the Congo', 'COD': 'Democratic Republic of the Congo', 'BIH': 'Bosnia and Herzegovina',
  'CZE': 'Czech Republic', 'ATG': 'Antigua and Barbuda', 'KNA': 'Saint Kitts and Nevis', 'LCA': 'Saint Lucia',
  'VCT': 'Saint Vincent and the Grenadines', 'TTO': 'Trinidad and Tobago', 'STP': 'São Tomé and Príncipe',
  'VAT': 'Vatican City', 'PSE': 'Palestine', 'MMR': 'Myanmar', 'SWZ': 'Eswatini', 'TLS': 'East Timor',
  'FSM': 'Micronesia', 'HKG': 'Hong Kong', 'MAC': 'Macau', 'SJM': 'Svalbard and Jan Mayen',
  'SPM': 'Saint Pierre and Miquelon', 'SHN': 'Saint Helena', 'BLM': 'Saint Barthélemy', 'MAF': 'Saint Martin',
  'WLF': 'Wallis and Futuna', 'TCA': 'Turks and Caicos Islands', 'HMD': 'Heard and McDonald Islands',
  'SGS': 'South Georgia and the South Sandwich Islands', 'UMI': 'United States Minor Outlying Islands',
  'VIR': 'United States Virgin Islands', 'CCK': 'Cocos Islands'}
# CAMEO codes that differ from ISO alpha-3 (CAMEO.country.txt).
CAMEO = {'ROU': 'ROM', 'MNE': 'MTN', 'TLS': 'TMP', 'IMN': 'IMY'}
# Other names and short forms (in addition to the canonical name).
ALIASES = {
 'USA': 'U.S.;U.S.A.;US;USA;United States of America;America',
 'GBR': 'U.K.;UK;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland',
 'RUS': 'Russian Federation', 'KOR': 'Republic of Korea;ROK', 'PRK': "DPRK;Democratic People's Republic of Korea",
 'CHN': "People's Republic of China;PRC;mainland China", 'TWN': 'Republic of China;Chinese Taipei',
 'IRN': 'Islamic Republic of Iran;Persia', 'SYR': 'Syrian Arab Republic', 'VNM': 'Viet Nam',
 'LAO': 'Lao PDR', 'MDA': 'Republic of Moldova', 'TZA': 'United Republic of Tanzania',
 'BOL': 'Plurinational State of Bolivia', 'VEN': 'Bolivarian Republic of Venezuela',
 'COD': 'DR Congo;DRC;Congo-Kinshasa;Zaire', 'COG': 'Congo-Brazzaville;Congo Republic', 'CIV': 'Ivory Coast;Cote d’Ivoire',
 'TUR': 'Türkiye;Turkiye', 'CZE': 'Czechia', 'MKD': 'North Macedonia;Macedonia', 'MMR': 'Burma', 'KHM': 'Kampuchea',
 'SWZ': 'Swaziland', 'TLS': 'Timor-Leste', 'CPV': 'Cabo Verde', 'NLD': 'the Netherlands;Holland',
 'ARE': 'UAE;U.A.E.;Emirates', 'SAU': 'Kingdom of Saudi Arabia;KSA', 'PSE': 'State of Palestine;Palestinian territories;Palestinian Authority;West Bank and Gaza',
 'BIH': 'Bosnia;Bosnia-Herzegovina', 'VAT': 'Holy See;the Vatican', 'GMB': 'the Gambia', 'BHS': 'the Bahamas',
 'PHL': 'the Philippines', 'CAF': 'CAR', 'DOM': 'Dominican Rep.', 'FSM': 'Federated States of Micronesia',
 'BRN': 'Brunei Darussalam', 'KGZ': 'Kyrgyz Republic', 'SVK': 'Slovak Republic', 'ZAF': 'S. Africa',
 'KOS': 'Republic of Kosovo', 'NZL': 'Aotearoa', 'GEO': 'Sakartvelo', 'HKG': 'Hong Kong SAR', 'MAC': 'Macao',
 'SSD': 'S. Sudan', 'GNB': 'Guinea Bissau', 'ALA': 'Aland Islands', 'FRO': 'Faeroe Islands',
}
# Adjectives and demonyms (singular and plural); the first is the adjective.
ADJ = {
 'AFG': 'Afghan;Afghans;Afghani', 'ALB': 'Albanian;Albanians', 'DZA': 'Algerian;Algerians', 'AND': 'Andorran;Andorrans',
 'AGO': 'Angolan;Angolans', 'ATG': 'Antiguan;Antiguans', 'ARG': 'Argentine;Argentinian;Argentines;Argentinians',
 'ARM': 'Armenian;Armenians', 'AUS': 'Australian;Australians', 'AUT': 'Austrian;Austrians',
 'AZE': 'Azerbaijani;Azerbaijanis;Azeri;Azeris', 'BHS': 'Bahamian;Bahamians', 'BHR': 'Bahraini;Bahrainis',
 'BGD': 'Bangladeshi;Bangladeshis', 'BRB': 'Barbadian;Barbadians', 'BLR': 'Belarusian;Belarusians;Belarussian',
 'BEL': 'Belgian;Belgians', 'BLZ': 'Belizean;Belizeans', 'BEN': 'Beninese', 'BTN': 'Bhutanese',
 'BOL': 'Bolivian;Bolivians', 'BIH': 'Bosnian;Bosnians', 'BWA': 'Botswanan;Batswana', 'BRA': 'Brazilian;Brazilians',
 'BRN': 'Bruneian;Bruneians', 'BGR': 'Bulgarian;Bulgarians', 'BFA': 'Burkinabe;Burkinabè', 'BDI': 'Burundian;Burundians',
 'KHM': 'Cambodian;Cambodians;Kampuchean', 'CMR': 'Cameroonian;Cameroonians', 'CAN': 'Canadian;Canadians',
 'CPV': 'Cape Verdean;Cape Verdeans', 'CAF': 'Central African;Central Africans', 'TCD': 'Chadian;Chadians',
 'CHL': 'Chilean;Chileans', 'CHN': 'Chinese', 'COL': 'Colombian;Colombians', 'COM': 'Comoran;Comorian;Comorans',
 'COD': 'Congolese', 'COG': 'Congolese', 'CRI': 'Costa Rican;Costa Ricans', 'CIV': 'Ivorian;Ivorians', 'HRV': 'Croatian;Croat;Croats;Croatians',
 'CUB': 'Cuban;Cubans', 'CYP': 'Cypriot;Cypriots', 'CZE': 'Czech;Czechs', 'DNK': 'Danish;Danes',
 'DJI': 'Djiboutian;Djiboutians', 'DMA': 'Dominican', 'DOM': 'Dominican;Dominicans', 'ECU': 'Ecuadorian;Ecuadorians',
 'EGY': 'Egyptian;Egyptians', 'SLV': 'Salvadoran;Salvadorans;Salvadorian', 'GNQ': 'Equatorial Guinean;Equatoguinean',
 'ERI': 'Eritrean;Eritreans', 'EST': 'Estonian;Estonians', 'SWZ': 'Swazi;Swazis;Emaswati', 'ETH': 'Ethiopian;Ethiopians',
 'FJI': 'Fijian;Fijians', 'FIN': 'Finnish;Finns', 'FRA': 'French;Frenchman;Frenchmen;Frenchwoman', 'GAB': 'Gabonese',
 'GMB': 'Gambian;Gambians', 'GEO': 'Georgian;Georgians', 'DEU': 'German;Germans', 'GHA': 'Ghanaian;Ghanaians',
 'GRC': 'Greek;Greeks', 'GRD': 'Grenadian;Grenadians', 'GTM': 'Guatemalan;Guatemalans', 'GIN': 'Guinean;Guineans',
 'GNB': 'Bissau-Guinean', 'GUY': 'Guyanese', 'HTI': 'Haitian;Haitians', 'HND': 'Honduran;Hondurans',
 'HUN': 'Hungarian;Hungarians', 'ISL': 'Icelandic;Icelanders', 'IND': 'Indian;Indians', 'IDN': 'Indonesian;Indonesians',
 'IRN': 'Iranian;Iranians;Persian', 'IRQ': 'Iraqi;Iraqis', 'IRL': 'Irish', 'ISR': 'Israeli;Israelis', 'ITA': 'Italian;Italians',
 'JAM': 'Jamaican;Jamaicans', 'JPN': 'Japanese', 'JOR': 'Jordanian;Jordanians', 'KAZ': 'Kazakh;Kazakhstani;Kazakhs',
 'KEN': 'Kenyan;Kenyans', 'KIR': 'I-Kiribati', 'PRK': 'North Korean;North Koreans', 'KOR': 'South Korean;South Koreans',
 'KWT': 'Kuwaiti;Kuwaitis', 'KGZ': 'Kyrgyz;Kyrgyzstani', 'LAO': 'Laotian;Lao;Laotians', 'LVA': 'Latvian;Latvians',
 'LBN': 'Lebanese', 'LSO': 'Basotho;Mosotho', 'LBR': 'Liberian;Liberians', 'LBY': 'Libyan;Libyans',
 'LIE': 'Liechtensteiner;Liechtensteiners', 'LTU': 'Lithuanian;Lithuanians', 'LUX': 'Luxembourgish;Luxembourger;Luxembourgers',
 'MDG': 'Malagasy', 'MWI': 'Malawian;Malawians', 'MYS': 'Malaysian;Malaysians', 'MDV': 'Maldivian;Maldivians',
 'MLI': 'Malian;Malians', 'MLT': 'Maltese', 'MHL': 'Marshallese', 'MRT': 'Mauritanian;Mauritanians',
 'MUS': 'Mauritian;Mauritians', 'MEX': 'Mexican;Mexicans', 'FSM': 'Micronesian;Micronesians', 'MDA': 'Moldovan;Moldovans',
 'MCO': 'Monegasque;Monégasque', 'MNG': 'Mongolian;Mongolians', 'MNE': 'Montenegrin;Montenegrins', 'MAR': 'Moroccan;Moroccans',
 'MOZ': 'Mozambican;Mozambicans', 'MMR': 'Burmese;Myanmarese', 'NAM': 'Namibian;Namibians', 'NRU': 'Nauruan;Nauruans',
 'NPL': 'Nepalese;Nepali;Nepalis', 'NLD': 'Dutch;Dutchman;Dutchmen', 'NZL': 'New Zealander;New Zealanders;Kiwi',
 'NIC': 'Nicaraguan;Nicaraguans', 'NER': 'Nigerien;Nigeriens', 'NGA': 'Nigerian;Nigerians', 'MKD': 'Macedonian;Macedonians',
 'NOR': 'Norwegian;Norwegians', 'OMN': 'Omani;Omanis', 'PAK': 'Pakistani;Pakistanis', 'PLW': 'Palauan;Palauans',
 'PSE': 'Palestinian;Palestinians', 'PAN': 'Panamanian;Panamanians', 'PNG': 'Papua New Guinean;Papua New Guineans',
 'PRY': 'Paraguayan;Paraguayans', 'PER': 'Peruvian;Peruvians', 'PHL': 'Filipino;Philippine;Filipinos', 'POL': 'Polish;Poles',
 'PRT': 'Portuguese', 'QAT': 'Qatari;Qataris', 'ROU': 'Romanian;Romanians', 'RUS': 'Russian;Russians',
 'RWA': 'Rwandan;Rwandans', 'KNA': 'Kittitian;Nevisian', 'LCA': 'Saint Lucian;Saint Lucians', 'VCT': 'Vincentian;Vincentians',
 'WSM': 'Samoan;Samoans', 'SMR': 'Sammarinese', 'STP': 'Santomean;Santomeans', 'SAU': 'Saudi;Saudis;Saudi Arabian',
 'SEN': 'Senegalese', 'SRB': 'Serbian;Serb;Serbs;Serbians', 'SYC': 'Seychellois', 'SLE': 'Sierra Leonean;Sierra Leoneans',
 'SGP': 'Singaporean;Singaporeans', 'SVK': 'Slovak;Slovakian;Slovaks', 'SVN': 'Slovenian;Slovene;Slovenians;Slovenes',
 'SLB': 'Solomon Islander;Solomon Islanders', 'SOM': 'Somali;Somalis;Somalian', 'ZAF': 'South African;South Africans',
 'SSD': 'South Sudanese', 'ESP': 'Spanish;Spaniard;Spaniards', 'LKA': 'Sri Lankan;Sri Lankans', 'SDN': 'Sudanese',
 'SUR': 'Surinamese', 'SWE': 'Swedish;Swedes', 'CHE': 'Swiss', 'SYR': 'Syrian;Syrians', 'TWN': 'Taiwanese',
 'TJK': 'Tajik;Tajikistani;Tajiks', 'TZA': 'Tanzanian;Tanzanians', 'THA': 'Thai;Thais', 'TLS': 'Timorese;East Timorese',
 'TGO': 'Togolese', 'TON': 'Tongan;Tongans', 'TTO': 'Trinidadian;Tobagonian;Trinidadians', 'TUN': 'Tunisian;Tunisians',
 'TUR': 'Turkish;Turks', 'TKM': 'Turkmen;Turkmens', 'TUV': 'Tuvaluan;Tuvaluans', 'UGA': 'Ugandan;Ugandans',
 'UKR': 'Ukrainian;Ukrainians', 'ARE': 'Emirati;Emiratis', 'GBR': 'British;Briton;Britons;Brits',
 'USA': 'American;Americans', 'URY': 'Uruguayan;Uruguayans', 'UZB': 'Uzbek;Uzbekistani;Uzbeks',
 'VUT': 'Ni-Vanuatu', 'VAT': 'Vatican', 'VEN': 'Venezuelan;Venezuelans', 'VNM': 'Vietnamese', 'YEM': 'Yemeni;Yemenis',
 'ZMB': 'Zambian;Zambians', 'ZWE': 'Zimbabwean;Zimbabweans', 'KOS': 'Kosovar;Kosovan;Kosovars', 'HKG': 'Hong Konger;Hongkongers',
 'PRI': 'Puerto Rican;Puerto Ricans', 'GRL': 'Greenlandic;Greenlanders', 'ESH': 'Sahrawi;Sahrawis',
}
# Capitals and seats of government used as metonyms for the government, when the ISO file's capital
# is not the one news uses (or is missing); '' drops a capital that is also a common word or name.
CAPITAL = {'ISR': 'Jerusalem', 'NLD': 'The Hague;Amsterdam', 'BOL': 'La Paz;Sucre', 'CIV': 'Abidjan;Yamoussoukro',
  'KAZ': 'Astana;Nur-Sultan', 'PSE': 'Ramallah', 'MMR': 'Naypyidaw;Nay Pyi Taw', 'UKR': 'Kyiv;Kiev',
  'USA': 'Washington', 'IND': 'New Delhi;Delhi', 'TZA': 'Dodoma;Dar es Salaam', 'BEN': 'Porto-Novo;Cotonou',
  'CHE': 'Bern;Berne', 'BEL': '', 'BGD': 'Dhaka;Dacca', 'MDV': '', 'SYC': '', 'JAM': 'Kingston', 'GUY': '', 'LUX': '', 'MCO': '',
  'SGP': '', 'DJI': '', 'KWT': '', 'PAN': '', 'MEX': 'Mexico City', 'GTM': '', 'SMR': '', 'VAT': '', 'SLE': 'Freetown',
  'BRB': '', 'LBR': 'Monrovia', 'GRD': '', 'DMA': '', 'ATG': '', 'KNA': '', 'VCT': '', 'LCA': '', 'CPV': 'Praia',
  'NRU': '', 'PLW': '', 'TUV': '', 'KIR': '', 'MHL': '', 'FSM': '', 'TON': '', 'WSM': '', 'SLB': '', 'VUT': '',
  'KOS': 'Pristina', 'KOR': 'Seoul', 'GBR': 'London', 'CHN': 'Beijing;Peking', 'TWN': 'Taipei', 'NZL': 'Wellington',
  'CHL': 'Santiago', 'PER': 'Lima', 'PRY': 'Asuncion;Asunción', 'ROU': 'Bucharest', 'GEO': 'Tbilisi',
  'YEM': "Sanaa;Sana'a", 'TGO': 'Lome;Lomé', 'CMR': 'Yaounde;Yaoundé', 'COL': 'Bogota;Bogotá', 'CRI': 'San Jose;San José',
  'BRA': 'Brasilia;Brasília', 'MDA': 'Chisinau;Chișinău', 'ISL': 'Reykjavik;Reykjavík', 'AFG': 'Kabul',
  'BHS': 'Nassau', 'MLT': 'Valletta', 'GIN': 'Conakry', 'DZA': 'Algiers', 'TUN': 'Tunis', 'KHM': 'Phnom Penh',
  'SUR': 'Paramaribo', 'BLZ': 'Belmopan', 'ERI': 'Asmara', 'BDI': 'Gitega', 'NPL': 'Kathmandu', 'TUR': 'Ankara'}
# Independent states missing from the ISO file. Kosovo has no ISO alpha-3 code: the PLOVER manual
# ("Country codes") uses KOS, CAMEO uses KSV.
EXTRA = [dict(iso3='KOS', iso2='XK', cameo='KSV', name='Kosovo', capital='Pristina', status='Partially recognised')]
# Countries whose effective leader is the head of government (parliamentary systems) or another office.
LEADER = {c: 'HEAD_OF_GOVERNMENT' for c in 'GBR DEU JPN IND ITA CAN AUS ISR ESP NLD BEL SWE NOR DNK FIN IRL GRC PRT HUN POL CZE SVK AUT NZL PAK BGD ETH IRQ ARM THA MYS SGP NPL LKA HRV SVN EST LVA LTU MNE SRB ALB MKD BIH MDA GEO LUX MLT ISL'.split()}
LEADER.update({'IRN': 'SUPREME_LEADER', 'AFG': 'HEAD_OF_STATE', 'PRK': 'HEAD_OF_STATE', 'SAU': 'HEAD_OF_GOVERNMENT'})

cameo_codes = {}
for i, line in enumerate(open(f'{SHARED}/kb/codes/CAMEO.country.txt')):
    if i: c, label = line.rstrip('\n').split('\t'); cameo_codes[c] = label
rows = []
for r in csv.DictReader(open(f'{SHARED}/kb/codes/datasets_country-codes.csv')):
    iso3 = r['ISO3166-1-Alpha-3']
    if iso3 == 'ATA': continue
    cameo = CAMEO.get(iso3, iso3)
    status = 'Independent' if r['is_independent'] == 'Yes' else r['is_independent'] or 'Territory'
    name = NAME.get(iso3) or r['CLDR display name']
    rows.append(dict(iso3=iso3, iso2=r['ISO3166-1-Alpha-2'], cameo=cameo if cameo in cameo_codes else iso3,
                     name=name, capital=r['Capital'].strip(), status=status, in_cameo=cameo in cameo_codes))
rows += [dict(e, in_cameo=False) for e in EXTRA]
with open(OUT, 'w') as f:
    f.write('# Countries and territories: ISO 3166 codes and capitals from datasets/country-codes (ODC-PDDL); CAMEO codes from GDELT '
            'CAMEO.country.txt (cameo = iso3 where CAMEO has no code); names, short forms, adjectives, demonyms and seats '
            'of government compiled for Annals (annals-kb/tools/gen_countries.py)\n')
    f.write('iso3\tiso2\tcameo\tname\taliases\tadjectives\tcapitals\tstatus\tleader_office\n')
    for r in sorted(rows, key=lambda r: r['iso3']):
        iso3 = r['iso3']
        caps = CAPITAL.get(iso3, r['capital'] if r['status'] == 'Independent' else '')
        if r['status'] != 'Independent' and iso3 not in CAPITAL and iso3 != 'KOS': caps = ''
        aliases = [a for a in ALIASES.get(iso3, '').split(';') if a and a != r['name']]
        cldr_alias = NAME.get(iso3) and r['name']
        f.write('\t'.join([iso3, r['iso2'], r['cameo'], r['name'], ';'.join(aliases), ADJ.get(iso3, ''), caps,
                           r['status'], LEADER.get(iso3, 'HEAD_OF_STATE')]) + '\n')
print(len(rows), 'countries')
