#!/bin/sh
# Renders the pages of a generated crate's rustdoc that a newcomer reads
# first, with headless Chromium, into PNG files: crate root, `Client`, a
# request builder, `Error`, and a type with optional fields.
#
#   cargo doc -p readmin-client --no-deps
#   docs/screenshots/take.sh after      # writes docs/screenshots/after-*.png
#
# Not part of the test suite; run it by hand when the generated docs change.
set -eu
label=${1:?usage: take.sh LABEL}
root=$(cd "$(dirname "$0")/../.." && pwd)
doc="$root/target/doc/readmin_client"
out="$root/docs/screenshots"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in index:index.html client:struct.Client.html builder:operations/struct.EndCall.html \
    error:enum.Error.html type:types/struct.SessionV2.html; do
    name=${page%%:*}
    file=${page#*:}
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
        --hide-scrollbars --window-size=1280,1600 --screenshot="$out/$label-$name.png" "file://$doc/$file" 2>/dev/null
    if command -v pngquant >/dev/null; then
        pngquant --force --skip-if-larger --output "$out/$label-$name.png" 64 "$out/$label-$name.png" || true
    fi
done
ls -l "$out"/"$label"-*.png
