#!/usr/bin/env bash
# Regenerates annals-kb/src/main/resources/org/annals/kb/phoenix/dictionaries.tsv.gz, the project's
# compiled form of the Phoenix/PETRARCH actor and agent dictionaries (Open Event Data Alliance, MIT
# licence), from SHARED_DIR/kb/phoenix/Phoenix.{Countries,International,MilNonState}.actors.txt and
# Phoenix.agents.txt: they are read by PhoenixDictionaryReader and PhoenixAgentReader (the readers
# that KnowledgeBases.withPhoenix uses for any dictionary file) and written by PhoenixTsv, with a
# header naming the sources, their SHA-256, this tool, the date and the sources' licence notice.
# The knowledge base imports the compiled file at load time (rules in docs/KB.md);
# BundledPhoenixTest fails when it no longer equals what the readers make of the sources.
#   annals-kb/tools/gen_phoenix.sh [SHARED_DIR]     (default ../shared; run from anywhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=$(cd "${1:-../shared}" && pwd)
./mvnw -q -o -B -pl annals-kb -am test-compile
cp=annals-kb/target/test-classes:annals-kb/target/classes:annals-model/target/test-classes:annals-model/target/classes
java -cp "$cp" org.annals.kb.CompilePhoenix "$shared"
