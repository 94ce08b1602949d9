#!/usr/bin/env bash
# Builds the Liberty user feature tilmashChannel-1.0 (see docs/api.md, "Malformed paths"): one OSGi
# bundle, compiled against the HTTP transport SPI that ships inside the Open Liberty runtime zip,
# with the application's own RequestTarget and message catalogs, so that the rule and the words
# are the application's. Output: OUT/lib/dev.tilmash.channel_1.0.0.jar and
# OUT/lib/features/tilmashChannel-1.0.mf, the layout of Liberty's usr/extension folder.
# Usage: build.sh RUNTIME_ZIP PROJECT_DIR OUT
set -euo pipefail
runtime_zip=$1
project=$2
out=$3
here="$project/src/liberty-feature"
work="$out/work"
rm -rf "$out"
mkdir -p "$work/spi" "$work/classes/translations" "$out/lib/features"
unzip -q -j -o "$runtime_zip" 'wlp/dev/spi/ibm/com.ibm.websphere.appserver.spi.httptransport_*.jar' \
  -d "$work/spi"
javac --release 17 -nowarn -d "$work/classes" -cp "$(ls "$work"/spi/*.jar)" \
  "$here"/java/dev/tilmash/channel/*.java \
  "$project/src/main/java/dev/tilmash/shared/RequestTarget.java" \
  "$project/src/main/java/dev/tilmash/shared/BasicCredentials.java" \
  "$project/src/main/java/dev/tilmash/signin/BrowserRequest.java"
cp "$project"/translations/messages_*.properties "$work/classes/translations/"
cp -r "$here/bundle/OSGI-INF" "$work/classes/"
jar --create --file "$out/lib/dev.tilmash.channel_1.0.0.jar" \
  --manifest "$here/bundle/META-INF/MANIFEST.MF" -C "$work/classes" .
cp "$here/features/tilmashChannel-1.0.mf" "$out/lib/features/"
rm -rf "$work"
