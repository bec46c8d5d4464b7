#!/usr/bin/env python3
"""Regenerates annals-kb/src/main/resources/org/annals/kb/leaders-plad.tsv: the effective national
leader (office LEADER) of every country whose heads of state and government are not curated in
roles.tsv, for spells ending in 1989 or later (for curated countries only the spells before 2000), from ../shared/kb/leaders/PLAD_extract.csv (dates and
names), with full names completed for Annals where PLAD gives a surname or a misspelling, and the
changes after PLAD's end (2024-07-29) that Annals knows (PUB rows). Run from the project root:
python3 annals-kb/tools/gen_leaders.py [shared-dir]"""
import csv, sys
SHARED = sys.argv[1] if len(sys.argv) > 1 else '../shared'
OUT = 'annals-kb/src/main/resources/org/annals/kb/leaders-plad.tsv'
PLAD_END = '2024-07-29'
CURATED = set('USA RUS UKR ISR IRN CHN FRA GBR DEU JPN IND ITA CAN AUS BRA ARG MEX IDN SAU ZAF KOR TUR '
              'SYR BLR PRK VEN EGY QAT HUN AFG AZE ARM ETH NLD PSE'.split())
COUNTRY = {'United States of America': 'USA', 'Cap Verde': 'CPV', 'Czech Republik': 'CZE', 'Czech Republic': 'CZE', 'Moldavia': 'MDA',
  'Luxemburg': 'LUX', 'Macedonia': 'MKD', 'Bosnia': 'BIH', 'Ivory Coast': 'CIV', 'Congo': 'COG',
  'East Timor': 'TLS', 'Eswatini': 'SWZ', 'Yugoslavia': 'SRB', 'Democratic Republic of the Congo': 'COD',
  'Gambia': 'GMB', 'Bahamas': 'BHS', 'Kosovo': 'KOS', 'Laos': 'LAO', 'Vietnam': 'VNM', 'Taiwan': 'TWN',
  'Brunei': 'BRN', 'Guinea-Bissau': 'GNB', 'Trinidad and Tobago': 'TTO', 'Solomon Islands': 'SLB'}
# Full names for PLAD's surnames and misspellings (public record).
FULL = {'Berisha': 'Sali Berisha', 'Majko': 'Pandeli Majko', 'Meta': 'Ilir Meta', 'Rama': 'Edi Rama',
  'Bouteflika': 'Abdelaziz Bouteflika', 'Dos Santos': 'José Eduardo dos Santos', 'Joao Lourenco': 'João Lourenço',
  'Bierlein': 'Brigitte Bierlein', 'Faymann': 'Werner Faymann', 'Gusenbauer': 'Alfred Gusenbauer', 'Kern': 'Christian Kern',
  'Klima': 'Viktor Klima', 'Kurz': 'Sebastian Kurz', 'Nehammer': 'Karl Nehammer', 'Schussel': 'Wolfgang Schüssel',
  'Christie': 'Perry Christie', 'Ingraham': 'Hubert Ingraham', 'Minnis': 'Hubert Minnis', 'Hasina Wazed': 'Sheikh Hasina',
  'Khaleda Zia': 'Khaleda Zia', 'Fakhruddin': 'Fakhruddin Ahmed', 'Iajuddin': 'Iajuddin Ahmed', 'Arthur': 'Owen Arthur',
  'Mottley': 'Mia Mottley', 'Stuart': 'Freundel Stuart', 'Thompson': 'David Thompson', 'Di Rupo': 'Elio Di Rupo',
  'Leterme': 'Yves Leterme', 'Verhofstadt': 'Guy Verhofstadt', 'van Rompuy': 'Herman Van Rompuy',
  'D.Barrow': 'Dean Barrow', 'Musa': 'Said Musa', 'Kerekou': 'Mathieu Kérékou', 'Yayi Boni': 'Boni Yayi',
  'Tobgay': 'Tshering Tobgay', 'Banzer Suarez': 'Hugo Banzer', 'Biya': 'Paul Biya', 'Mogae': 'Festus Mogae',
  'Campaore': 'Blaise Compaoré', 'Traore': 'Honoré Traoré', 'Zida': 'Isaac Zida', 'Kafando': 'Michel Kafando',
  'Buyoya': 'Pierre Buyoya', 'Ndayizeye': 'Domitien Ndayizeye', 'Nkurunziza': 'Pierre Nkurunziza',
  'Evariste Ndayishiyme': 'Évariste Ndayishimiye', 'Djotodia': 'Michel Djotodia', 'Patasse': 'Ange-Félix Patassé',
  'Touadéra': 'Faustin-Archange Touadéra', 'Deby': 'Idriss Déby', 'Mahamat Déby': 'Mahamat Déby',
  'Frei Ruiz-Tagle': 'Eduardo Frei Ruiz-Tagle', 'Ricardo Lagos Escobar': 'Ricardo Lagos', 'Sebastian Pinera': 'Sebastián Piñera',
  'Alvaro Uribe Velez': 'Álvaro Uribe', 'Arango': 'Andrés Pastrana Arango', 'Ivan Duque Marquez': 'Iván Duque',
  'Santos Calderon': 'Juan Manuel Santos', 'Sambi': 'Ahmed Abdallah Sambi', 'Dhoinine': 'Ikililou Dhoinine',
  'Nguesso': 'Denis Sassou Nguesso', 'Arias': 'Óscar Arias', 'Solis Rivera': 'Luis Guillermo Solís',
  'Josipovic': 'Ivo Josipović', 'Mesic': 'Stjepan Mesić', 'Castro': 'Fidel Castro', 'Díaz-Canel': 'Miguel Díaz-Canel',
  'Anastasiades': 'Nicos Anastasiades', 'Clerides': 'Glafcos Clerides', 'Babis': 'Andrej Babiš', 'Fiala': 'Petr Fiala',
  'Necas': 'Petr Nečas', 'Paroubek': 'Jiří Paroubek', 'Sobotka': 'Bohuslav Sobotka', 'Spidla': 'Vladimír Špidla',
  'Topolanek': 'Mirek Topolánek', 'Zeman': 'Miloš Zeman', 'Rusnok': 'Jiří Rusnok', 'Fischer': 'Jan Fischer',
  'Fogh Rasmussen': 'Anders Fogh Rasmussen', 'Nyrup Rasmussen': 'Poul Nyrup Rasmussen',
  'Lars L\ufffdkke Rasmussen': 'Lars Løkke Rasmussen', 'Thorning-Schmidt': 'Helle Thorning-Schmidt',
  'Guelleh': 'Ismaïl Omar Guelleh', 'Fernandez Reyna': 'Leonel Fernández', 'Medina': 'Danilo Medina',
  'Gusmao': 'Xanana Gusmão', 'Ruak': 'Taur Matan Ruak', 'Guterres': 'Francisco Guterres', 'Mahuad': 'Jamil Mahuad',
  'Flores': 'Francisco Flores', 'Funes': 'Mauricio Funes', 'Saca González': 'Antonio Saca', 'Sanchez Ceren': 'Salvador Sánchez Cerén',
  'Nguema Mbasogo': 'Teodoro Obiang Nguema Mbasogo', 'Afeworki': 'Isaias Afwerki', 'Ansip': 'Andrus Ansip',
  'Laar': 'Mart Laar', 'Parts': 'Juhan Parts', 'Ratas': 'Jüri Ratas', 'Roivas': 'Taavi Rõivas', 'Mswati': 'Mswati III',
  'Bainimarama': 'Frank Bainimarama', 'Chaudhry': 'Mahendra Chaudhry', 'Halonen': 'Tarja Halonen',
  'Marthi Ahtisaari': 'Martti Ahtisaari', 'Bongo': 'Omar Bongo', 'Brice Oligui': 'Brice Oligui Nguema',
  'Jammeh': 'Yahya Jammeh', 'Burdjanadze': 'Nino Burjanadze', 'Margvelashvili': 'Giorgi Margvelashvili',
  'Saakashvili': 'Mikheil Saakashvili', 'Shevardnadze': 'Eduard Shevardnadze', 'Zourabichvili': 'Salome Zourabichvili',
  'Atta Mills': 'John Atta Mills', 'Rawlings': 'Jerry Rawlings', 'Simitis': 'Costas Simitis',
  'Conde': 'Alpha Condé', 'Conte': 'Lansana Conté', 'Ramotar': 'Donald Ramotar', 'Aristide': 'Jean-Bertrand Aristide',
  'Martelly': 'Michel Martelly', 'Preval': 'René Préval', 'Hernandez': 'Juan Orlando Hernández', 'Lobo': 'Porfirio Lobo',
  'Micheletti': 'Roberto Micheletti', 'Zelaya': 'Manuel Zelaya', 'Benediktsson': 'Bjarni Benediktsson',
  'Gunnlaugsson': 'Sigmundur Davíð Gunnlaugsson', 'Jakobsdottir': 'Katrín Jakobsdóttir', 'Oddsson': 'Davíð Oddsson',
  'Sigurdardottir': 'Jóhanna Sigurðardóttir', 'Abdul-Mahdi': 'Adil Abdul-Mahdi', 'al-Abadi': 'Haider al-Abadi',
  'al-Jaafari': 'Ibrahim al-Jaafari', 'al-Maliki': 'Nouri al-Maliki', 'Ahern': 'Bertie Ahern', 'B. Cowen': 'Brian Cowen',
  'E. Kenny': 'Enda Kenny', 'Michéal Martin': 'Micheál Martin', 'Guei': 'Robert Guéï', 'Ouattara': 'Alassane Ouattara',
  'Golding': 'Bruce Golding', 'Patterson': 'P. J. Patterson', 'Simpson-Miller': 'Portia Simpson-Miller',
  'Abdullah Ibn Hussein El-Hashimi': 'Abdullah II', 'Kassy-Jomart Tokayev': 'Kassym-Jomart Tokayev',
  'Nazarbayev': 'Nursultan Nazarbayev', 'Moi': 'Daniel arap Moi', 'William Samoei Ruto': 'William Ruto',
  'Jabir As-Sabah': 'Jaber Al-Ahmad Al-Sabah', 'Akayev': 'Askar Akayev', 'Atambayev': 'Almazbek Atambayev',
  'Bakiyev': 'Kurmanbek Bakiyev', 'Japarov': 'Sadyr Japarov', 'Jeenbekov': 'Sooronbay Jeenbekov',
  'Otunbayeva': 'Roza Otunbayeva', 'Sayasone': 'Choummaly Sayasone', 'Siphandon': 'Khamtai Siphandon',
  'Berzins': 'Andris Bērziņš', 'Dombrovskis': 'Valdis Dombrovskis', 'Godmanis': 'Ivars Godmanis', 'Repse': 'Einars Repše',
  'Skele': 'Andris Šķēle', 'Salam': 'Tammam Salam', 'Siniora': 'Fouad Siniora', 'Suleiman': 'Michel Suleiman',
  'Bryant': 'Gyude Bryant', 'Johnson Sirleaf': 'Ellen Johnson Sirleaf', 'Taylor': 'Charles Taylor', 'Weah': 'George Weah',
  'Qaddafi': 'Muammar Gaddafi', 'Adamkus': 'Valdas Adamkus', 'Grybauskaite': 'Dalia Grybauskaitė', 'Paksas': 'Rolandas Paksas',
  'Paulauskas': 'Artūras Paulauskas', 'Juncker': 'Jean-Claude Juncker', 'Crvenkovski': 'Branko Crvenkovski',
  'Georgievski': 'Ljubčo Georgievski', 'Gruevski': 'Nikola Gruevski', 'Kovacevski': 'Dimitar Kovačevski',
  'Ratsiraka': 'Didier Ratsiraka', 'Rajaonarimampianina': 'Hery Rajaonarimampianina', 'Muluzi': 'Bakili Muluzi',
  'Ahmad Badawi': 'Abdullah Ahmad Badawi', 'Anwar bin Ibrahim': 'Anwar Ibrahim', 'Mahatir Bin Mohammad': 'Mahathir Mohamad',
  'Najib Tun Razak': 'Najib Razak', 'Nasheed': 'Mohamed Nasheed', 'Amadou Toure': 'Amadou Toumani Touré',
  'Konare': 'Alpha Oumar Konaré', 'Adami': 'Eddie Fenech Adami', 'Gonzi': 'Lawrence Gonzi', 'Muscat': 'Joseph Muscat',
  'Ould Abdel Aziz': 'Mohamed Ould Abdel Aziz', 'Ramgoolam N.': 'Navin Ramgoolam', 'Lucinschi': 'Petru Lucinschi',
  'Tarlev': 'Vasile Tarlev', 'Greceanii': 'Zinaida Greceanîi', 'Bagabandi': 'Natsagiin Bagabandi',
  'Battulga': 'Khaltmaagiin Battulga', 'Elbegdorj': 'Tsakhiagiin Elbegdorj', 'Enkhbayar': 'Nambaryn Enkhbayar',
  'Muhammad VI': 'Mohammed VI', 'Chissano': 'Joaquim Chissano', 'Guebuza': 'Armando Guebuza',
  'Nujoma': 'Sam Nujoma', 'Pohamba': 'Hifikepunye Pohamba', 'Bhattarai': 'Baburam Bhattarai', 'Dahal': 'Pushpa Kamal Dahal',
  'Gyanendra': 'King Gyanendra', 'Kok': 'Wim Kok', 'Aleman': 'Arnoldo Alemán', 'Djibo': 'Salou Djibo',
  'Issoufou': 'Mahamadou Issoufou', 'Muhummadu Buhari': 'Muhammadu Buhari', 'Obasanjo': 'Olusegun Obasanjo',
  "Yar'Adua": "Umaru Musa Yar'Adua", 'Bondevik': 'Kjell Magne Bondevik', 'Solberg': 'Erna Solberg',
  'Stoltenberg': 'Jens Stoltenberg', 'Qabus Bin Said': 'Qaboos bin Said', 'Musharraf': 'Pervez Musharraf',
  'Zardari': 'Asif Ali Zardari', 'Soomro': 'Muhammad Mian Soomro', 'Martinelli': 'Ricardo Martinelli',
  'Varela Rodriguez': 'Juan Carlos Varela', 'Somare': 'Michael Somare', 'Morauta': 'Mekere Morauta', "O'Neil": "Peter O'Neill",
  'Gonzalez Macchi': 'Luis González Macchi', 'Fujimori': 'Alberto Fujimori', 'Garcia Perez': 'Alan García',
  'Martin Vizcarra Cornejo': 'Martín Vizcarra', 'Pedro Pablo Kuczynski Godard': 'Pedro Pablo Kuczynski',
  'Estrada': 'Joseph Estrada', 'Gloria Macapagal-Arroyo': 'Gloria Macapagal Arroyo', 'Kaczynski': 'Lech Kaczyński',
  'Komorowski': 'Bronisław Komorowski', 'Kwasniewski': 'Aleksander Kwaśniewski', 'Cavaco Silva': 'Aníbal Cavaco Silva',
  'Rebelo de Sousa': 'Marcelo Rebelo de Sousa', 'Sampaio': 'Jorge Sampaio', 'A. Nastase': 'Adrian Năstase',
  'Isarescu': 'Mugur Isărescu', 'Wade': 'Abdoulaye Wade', 'Diouf': 'Abdou Diouf', 'Brnabic': 'Ana Brnabić',
  'Cvetkovic': 'Mirko Cvetković', 'Dacic': 'Ivica Dačić', 'Kostunica': 'Vojislav Koštunica', 'Vucic': 'Aleksandar Vučić',
  'Milosevic': 'Slobodan Milošević', 'Bai Koroma': 'Ernest Bai Koroma', 'Kabbah': 'Ahmad Tejan Kabbah',
  'Dzurinda': 'Mikuláš Dzurinda', 'Pellegrini': 'Peter Pellegrini', 'Radicova': 'Iveta Radičová', 'Bajuk': 'Andrej Bajuk',
  'Bratusek': 'Alenka Bratušek', 'Cerar': 'Miro Cerar', 'Drnovsek': 'Janez Drnovšek', 'Sarec': 'Marjan Šarec',
  'Aznar': 'José María Aznar', 'Mariano Rajoy Brey': 'Mariano Rajoy', 'Rodriguez Zapatero': 'José Luis Rodríguez Zapatero',
  'Kumaratunga': 'Chandrika Kumaratunga', 'Rajapakse': 'Mahinda Rajapaksa', 'Al-Bashir': 'Omar al-Bashir',
  'Bouterse': 'Dési Bouterse', 'Venetiaan': 'Ronald Venetiaan', 'Kristersson': 'Ulf Kristersson', 'Persson': 'Göran Persson',
  'Reinfeldt': 'Fredrik Reinfeldt', 'Stefan L\ufffdfven': 'Stefan Löfven', 'Kikwete': 'Jakaya Kikwete', 'Mkapa': 'Benjamin Mkapa',
  'Leekpai': 'Chuan Leekpai', 'Vejjajiva': 'Abhisit Vejjajiva', 'Chulanont': 'Surayud Chulanont',
  'Sundaravej': 'Samak Sundaravej', 'Wongsawat': 'Somchai Wongsawat', 'Prayuth Chan-ocha': 'Prayut Chan-o-cha',
  'Eyadema': 'Gnassingbé Eyadéma', 'Faure Gnassingbe': 'Faure Gnassingbé', 'Manning': 'Patrick Manning',
  'Panday': 'Basdeo Panday', 'Caid Essebsi': 'Beji Caid Essebsi', 'Marzouki': 'Moncef Marzouki',
  'Mebazaa': 'Fouad Mebazaa', 'Zine Al-Abidine Ben Ali': 'Zine El Abidine Ben Ali', 'Niyazov': 'Saparmurat Niyazov',
  'Museveni': 'Yoweri Museveni', 'Khalifa Al Nahayan': 'Khalifa bin Zayed Al Nahyan', 'An-Nahayan': 'Zayed bin Sultan Al Nahyan',
  'Sanguinetti': 'Julio María Sanguinetti', 'Karimov': 'Islam Karimov', 'Phu Trong': 'Nguyễn Phú Trọng',
  'Nong Duc Manh': 'Nông Đức Mạnh', 'Saleh al-Hashidi': 'Ali Abdullah Saleh', 'Chiluba': 'Frederick Chiluba',
  'Sata': 'Michael Sata', 'Banda': 'Rupiah Banda', 'Scott': 'Guy Scott', 'Mnangagwa': 'Emmerson Mnangagwa',
  'Mugabe': 'Robert Mugabe', 'Hage Geingob': 'Hage Geingob', 'Kagame': 'Paul Kagame', 'Ilhma Aliyev': 'Ilham Aliyev',
  'Hamad Isa Ibn Al-Khalifah': 'Hamad bin Isa Al Khalifa', 'Sheikh Mishal Al-Ahmad Al Jaber Al Sabeh': 'Mishal Al-Ahmad Al-Jaber Al-Sabah',
  'Sheikh Nawaf Al Ahmad Al Jabir Al Sabah': 'Nawaf Al-Ahmad Al-Jaber Al-Sabah', 'Sheikh Sabah Al Ahmad Al Jabir Al Sabah': 'Sabah Al-Ahmad Al-Jaber Al-Sabah',
  'Mwai Kibaki': 'Mwai Kibaki', 'Ulufa\'alu': "Bartholomew Ulufa'alu", 'Rini': 'Snyder Rini', 'Sikua': 'Derek Sikua',
  'Kemakeza': 'Allan Kemakeza', 'Krisjanis Karins': 'Krišjānis Kariņš', 'Ueli Maurer': 'Ueli Maurer',
  'Vajpayee': 'Atal Bihari Vajpayee', 'Peres': 'Shimon Peres', 'Netanyahu': 'Benjamin Netanyahu',
  'Berlusconi': 'Silvio Berlusconi', 'Prodi': 'Romano Prodi', 'Amato': 'Giuliano Amato', 'Ciampi': 'Carlo Azeglio Ciampi',
  'Yeltsin': 'Boris Yeltsin', 'Fahd': 'Fahd bin Abdulaziz', 'Kim Il-Sung': 'Kim Il-sung', 'Mitterand': 'François Mitterrand',
  'Kohl': 'Helmut Kohl', 'Thatcher': 'Margaret Thatcher', 'Major': 'John Major', 'G.H.W. Bush': 'George H. W. Bush',
  'Menem': 'Carlos Menem', 'Hawke': 'Bob Hawke', 'Keating': 'Paul Keating', 'Mulroney': 'Brian Mulroney',
  'Sarney': 'José Sarney', 'Mello': 'Fernando Collor de Mello', 'Franco, Itamar': 'Itamar Franco', 'Suharto': 'Suharto',
  'Habibie': 'B. J. Habibie', 'Rafsanjani': 'Akbar Hashemi Rafsanjani', 'Shamir': 'Yitzhak Shamir', 'Rabin': 'Yitzhak Rabin',
  'Andreotti': 'Giulio Andreotti', 'Dini': 'Lamberto Dini', 'Kaifu': 'Toshiki Kaifu', 'Miyazawa': 'Kiichi Miyazawa',
  'Hosokawa': 'Morihiro Hosokawa', 'Hata': 'Tsutomu Hata', 'Murayama': 'Tomiichi Murayama', 'Hashimoto': 'Ryutaro Hashimoto',
  'Salinas': 'Carlos Salinas de Gortari', 'Lubbers': 'Ruud Lubbers', 'Roh Tae Woo': 'Roh Tae-woo', 'Kim Young Sam': 'Kim Young-sam',
  'Gorbachev': 'Mikhail Gorbachev', 'deKlerk': 'F. W. de Klerk', 'Mandela': 'Nelson Mandela', 'Akbulut': 'Yıldırım Akbulut',
  'Yilmaz': 'Mesut Yılmaz', 'Demirel': 'Süleyman Demirel', 'Erdal Inonu': 'Erdal İnönü', 'Ciller': 'Tansu Çiller',
  'Erbakan': 'Necmettin Erbakan', 'Kravchuk': 'Leonid Kravchuk', 'Andres Perez': 'Carlos Andrés Pérez',
  'Velasquez': 'Ramón José Velásquez', 'Caldera Rodriguez': 'Rafael Caldera', 'Najibullah': 'Mohammad Najibullah',
  'Mojadidi': 'Sibghatullah Mojaddedi', 'Ter-Petrosyan': 'Levon Ter-Petrosyan', 'Mutalibov': 'Ayaz Mutalibov',
  'Mamedov': 'Yagub Mammadov', 'Gambarov': 'Isa Gambar', 'Shushkevich': 'Stanislav Shushkevich',
  'Kuznyatsu': 'Vyachaslau Kuznyatsou', 'Hryb': 'Mechyslau Hryb', 'Mengistu Marriam': 'Mengistu Haile Mariam',
  'Gebre Kidan': 'Tesfaye Gebre Kidan', 'Szuros': 'Mátyás Szűrös', 'Antall': 'József Antall', 'Boross': 'Péter Boross',
  'Horn': 'Gyula Horn', 'Pratap Singh': 'V. P. Singh', 'Shekhar': 'Chandra Shekhar', 'Rao': 'P. V. Narasimha Rao',
  'Gowda': 'H. D. Deve Gowda', 'Gujral': 'I. K. Gujral', 'Khalifah Ath-Thani': 'Khalifa bin Hamad Al Thani',
  'Kocharian': 'Robert Kocharyan', 'Sargsyan': 'Serzh Sargsyan', 'Zeroual': 'Liamine Zéroual', 'Vranitzky': 'Franz Vranitzky',
  'Dehaene': 'Jean-Luc Dehaene', 'Chirac': 'Jacques Chirac'}
# Single names that are also common first names or words: kept out of the name dictionary.
NO_SURNAME = {'Major', 'Horn', 'Franco', 'Kim', 'Lee', 'Li', 'Wang', 'Khan', 'Ali', 'Singh', 'Sen', 'Martin', 'Scott', 'Taylor', 'Banda',
  'Michel', 'Silva', 'Johnson', 'Thompson', 'Stuart', 'Arthur', 'Hassan', 'Mohamed', 'Ahmed', 'Castro', 'Flores',
  'Medina', 'Lobo', 'Conde', 'Persson', 'Key', 'Clark', 'English', 'Duda', 'Nepal', 'Ruto', 'Manning', 'Rama', 'Meta',
  'Kern', 'Musa', 'Salam', 'Weah', 'Sata', 'Deby', 'Kok', 'Diouf', 'Oli', 'Sall', 'Vaz', 'Sanha', 'Neves', 'Gross',
  'Fischer', 'Schmid', 'Ogi', 'Merz', 'Tusk', 'Sharif', 'Kabila', 'Rajapaksa', 'Shinawatra', 'Jugnauth', 'Mutharika',
  'Koirala', 'Noboa', 'Izetbegovic', 'Deuba', 'Kallas', 'Rasmussen', 'Berdymukhammedov', 'Bongo', 'Ondimba',
  'Nguema', 'Pereira', 'Garcia', 'Morales', 'Perez', 'Rodriguez', 'Ramos-Horta', 'Moreno', 'Arce', 'Boric', 'Frieden'}
ASIAN = set('CHN TWN KHM VNM SGP MMR LAO THA PRK KOR MNG BTN'.split())
# Changes after PLAD's end (public record).
AFTER = [('BGD', 'Sheikh Hasina', '2024-08-05', 'Muhammad Yunus', '2024-08-08'),
  ('LKA', 'Ranil Wickremesinghe', '2024-09-23', 'Anura Kumara Dissanayake', '2024-09-23'),
  ('BWA', 'Mokgweetsi Masisi', '2024-11-01', 'Duma Boko', '2024-11-01'),
  ('MUS', 'Pravind Jugnauth', '2024-11-13', 'Navin Ramgoolam', '2024-11-13'),
  ('URY', 'Luis Lacalle Pou', '2025-03-01', 'Yamandú Orsi', '2025-03-01'),
  ('GHA', 'Nana Akufo-Addo', '2025-01-07', 'John Mahama', '2025-01-07'),
  ('AUT', 'Karl Nehammer', '2025-01-10', 'Christian Stocker', '2025-03-03'),
  ('BEL', 'Alexander De Croo', '2025-02-03', 'Bart De Wever', '2025-02-03'),
  ('THA', 'Srettha Thavisin', '2024-08-14', 'Paetongtarn Shinawatra', '2024-08-16'),
  ('NPL', 'Pushpa Kamal Dahal', '2024-07-15', 'Khadga Prasad Sharma Oli', '2024-07-15'),
  ('NAM', 'Hage Geingob', '2024-02-04', 'Netumbo Nandi-Ndaitwah', '2025-03-21'),
  ('SEN', 'Macky Sall', '2024-04-02', 'Bassirou Diomaye Faye', '2024-04-02'),
  ('ROU', 'Klaus Iohannis', '2025-02-12', 'Nicușor Dan', '2025-05-26'),
  ('IRL', 'Leo Varadkar', '2024-04-09', 'Micheál Martin', '2025-01-23'),
  ('POL', 'Andrzej Duda', '2023-12-13', 'Donald Tusk', '2023-12-13')]

names = {}
for i, line in enumerate(open('annals-kb/src/main/resources/org/annals/kb/countries.tsv')):
    if i >= 2:
        f = line.rstrip('\n').split('\t'); names[f[3]] = f[0]
rows, skipped = [], []
for r in csv.DictReader(open(f'{SHARED}/kb/leaders/PLAD_extract.csv')):
    if r['enddate'] < '1989-01-01': continue
    iso = COUNTRY.get(r['country']) or ('DEU' if r['country'] == 'West Germany' else names.get(r['country']))
    if iso is None: skipped.append(r['country'] + ':' + r['leader']); continue
    # curated countries: only the spells that end before their curated record starts (2000)
    if iso in CURATED and r['enddate'] >= '2000-01-01': continue
    name = ' '.join(FULL.get(r['leader'], r['leader']).replace('\ufffd', '').split())
    to = '' if r['enddate'] == PLAD_END else r['enddate']
    rows.append([name, iso, r['startdate'], to, 'PLAD'])
for iso, old, end, new, start in AFTER:
    for row in rows:
        if row[1] == iso and row[0] == old and row[3] == '': row[3] = end
    if not any(r[0] == new and r[1] == iso and r[3] == '' for r in rows):
        for row in rows:
            if row[1] == iso and row[0] == new and row[3] == '': break
        else:
            rows.append([new, iso, start, '', 'PUB'])
rows.sort(key=lambda r: (r[1], r[2]))
with open(OUT, 'w') as f:
    f.write('# Effective national leaders (office LEADER), spells ending 1989 or later (for countries curated in roles.tsv only those ending before 2000): '
            'dates and names from PLAD (kb/leaders/PLAD_extract.csv, which ends 2024-07-29: an open end means in office then; '
            'later changes known to Annals are PUB rows), full names completed for Annals. Generated by annals-kb/tools/gen_leaders.py\n')
    f.write('person\tcountry\tfrom\tto\tsource\tsurname\n')
    for name, iso, start, to, src in rows:
        words = name.split()
        if len(words) == 1 or iso in ASIAN or words[-1] in NO_SURNAME or len(words[-1]) < 4: surname = '-'
        else: surname = ''
        if len(words) == 1 and name not in FULL.values(): surname = 'no-name'
        if to and to <= start: continue
        f.write('\t'.join([name, iso, start, to, src, surname]) + '\n')
print(len(rows), 'rows; skipped', skipped)
