#!/usr/bin/env bash
# Regenerates annals-nlp/src/main/resources/org/annals/nlp/lexicon/petrarch/cameo-verbs.tsv.gz, the
# project's compiled form of the PETRARCH/TABARI CAMEO verb-pattern dictionary (Open Event Data
# Alliance, MIT licence), from SHARED_DIR/kb/petrarch/CAMEO.2.0.txt: the dictionary is read by
# VerbDictionaryReader (the parser the lexicon always used) and written by VerbDictionaryTsv, with
# a header naming the source, its SHA-256, this tool, the date and the source's licence notice.
# CompiledVerbDictionaryTest fails when the bundled file no longer equals what the reader makes of
# the source. Format and rules: docs/LEXICON.md.
#   annals-nlp/tools/gen_cameo_verbs.sh [SHARED_DIR]     (default ../shared; run from anywhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=$(cd "${1:-../shared}" && pwd)
./mvnw -q -o -B -pl annals-nlp -am test-compile
cp=annals-nlp/target/test-classes:annals-nlp/target/classes:annals-model/target/test-classes:annals-model/target/classes
java -cp "$cp" org.annals.nlp.events.cameo.CompileVerbDictionary "$shared"
