#!/usr/bin/env bash
# ASK CLI custom build flow (ask-cli calls it as: hooks/build.sh <zip path> <verbose true|false>, from a copy
# of the code folder under .ask/). Also runnable by hand: hooks/build.sh [zip path] [verbose].
#
# Publishes lambda/Lambda as a Native AOT executable for linux-x64 named `bootstrap` (for provided.al2023)
# and writes a zip holding only `bootstrap`, executable bit kept, at the given path.
# The copy the ASK CLI hands us lacks the solution and Directory.*.props, so we build from the repository
# this script lives in, not from the current directory.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
zip_path="${1:-$repo_root/artifacts/lambda/bootstrap.zip}"
verbose="${2:-false}"

case "$zip_path" in
  /*) ;;
  *) zip_path="$PWD/$zip_path" ;;
esac

publish_dir="$repo_root/artifacts/lambda/publish"
verbosity=quiet
if [ "$verbose" = "true" ]; then verbosity=normal; fi

log() { echo "hooks/build.sh: $*" >&2; }

log "publishing lambda/Lambda (Native AOT, linux-x64) to $publish_dir"
rm -rf "$publish_dir"
dotnet publish "$repo_root/lambda/Lambda/Lambda.csproj" \
  --configuration Release \
  --output "$publish_dir" \
  --verbosity "$verbosity" \
  -p:LambdaPackage=true

bootstrap="$publish_dir/bootstrap"
if [ ! -f "$bootstrap" ]; then
  log "the publish did not produce $bootstrap"
  exit 1
fi
chmod 755 "$bootstrap"
# A fixed timestamp keeps the zip's bytes, and so the ASK CLI's code hash, stable across identical builds.
touch -d '2020-01-01T00:00:00Z' "$bootstrap"

mkdir -p "$(dirname "$zip_path")"
rm -f "$zip_path"
if command -v zip >/dev/null 2>&1; then
  (cd "$publish_dir" && zip -q -X "$zip_path" bootstrap)
elif command -v python3 >/dev/null 2>&1; then
  python3 - "$zip_path" "$bootstrap" <<'PY'
import sys, zipfile
zip_path, bootstrap = sys.argv[1], sys.argv[2]
info = zipfile.ZipInfo("bootstrap", date_time=(2020, 1, 1, 0, 0, 0))
info.create_system = 3  # Unix, so the mode below is honoured
info.external_attr = (0o100755 << 16)
info.compress_type = zipfile.ZIP_DEFLATED
with open(bootstrap, "rb") as source, zipfile.ZipFile(zip_path, "w") as archive:
    archive.writestr(info, source.read())
PY
else
  log "neither zip nor python3 is installed; install one of them (apt-get install zip)"
  exit 1
fi

log "wrote $zip_path ($(wc -c < "$zip_path") bytes)"
