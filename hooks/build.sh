#!/usr/bin/env bash
# ASK CLI custom build flow (ask-cli calls it as: hooks/build.sh <zip path> <verbose true|false>, from a copy
# of the code folder under .ask/). Also runnable by hand: hooks/build.sh [zip path] [verbose].
#
# Default: publishes lambda/Lambda as a Native AOT executable for linux-x64 named `bootstrap` (runtime
# provided.al2023, handler bootstrap) and zips it alone, executable bit kept; fails when the bootstrap needs a glibc
# newer than Amazon Linux 2023's 2.34 (hooks/check-glibc.sh).
# WORLD_CAPITALS_LAMBDA_BUILD=jit instead publishes it framework-dependent for the managed dotnet10 runtime
# (handler WorldCapitals.Lambda) and zips the publish folder.
#
# The copy the ASK CLI hands us lacks the solution and Directory.*.props, so we build from the repository
# this script lives in, not from the current directory.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
zip_path="${1:-$repo_root/artifacts/lambda/bootstrap.zip}"
verbose="${2:-false}"
build="${WORLD_CAPITALS_LAMBDA_BUILD:-aot}"

case "$zip_path" in
  /*) ;;
  *) zip_path="$PWD/$zip_path" ;;
esac

publish_dir="$repo_root/artifacts/lambda/publish-$build"
verbosity=quiet
if [ "$verbose" = "true" ]; then verbosity=normal; fi

log() { echo "hooks/build.sh: $*" >&2; }

# The analyzers and code style rules check the code in every `dotnet build` (warnings are errors there); packaging
# compiles the same code again, so it skips them (source generators still run, and the Native AOT compiler still
# reports every trim/AOT warning). About half the compile time of a publish.
packaging=(-p:RunAnalyzers=false)

rm -rf "$publish_dir"
case "$build" in
  aot)
    log "publishing lambda/Lambda (Native AOT, linux-x64) to $publish_dir"
    dotnet publish "$repo_root/lambda/Lambda/Lambda.csproj" --configuration Release --output "$publish_dir" \
      --verbosity "$verbosity" -p:LambdaPackage=true "${packaging[@]}"
    files=(bootstrap)
    ;;
  jit)
    log "publishing lambda/Lambda (framework-dependent, for the dotnet10 runtime) to $publish_dir"
    dotnet publish "$repo_root/lambda/Lambda/Lambda.csproj" --configuration Release --output "$publish_dir" \
      --verbosity "$verbosity" --runtime linux-x64 --self-contained false -p:PublishAot=false -p:DebugType=none "${packaging[@]}"
    rm -f "$publish_dir/WorldCapitals.Lambda"  # the apphost: the managed runtime starts the dll with dotnet exec
    files=()
    while IFS= read -r file; do files+=("$file"); done < <(cd "$publish_dir" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
    ;;
  *)
    log "WORLD_CAPITALS_LAMBDA_BUILD must be aot or jit, not '$build'"
    exit 1
    ;;
esac

if [ "$build" = "aot" ] && [ ! -f "$publish_dir/bootstrap" ]; then
  log "the publish did not produce $publish_dir/bootstrap"
  exit 1
fi
if [ "$build" = "aot" ]; then
  "$repo_root/hooks/check-glibc.sh" "$publish_dir/bootstrap"
fi
if [ -f "$publish_dir/bootstrap" ]; then chmod 755 "$publish_dir/bootstrap"; fi
# Fixed timestamps keep the zip's bytes, and so the ASK CLI's code hash, stable across identical builds.
(cd "$publish_dir" && touch -d '2020-01-01T00:00:00Z' "${files[@]}")

mkdir -p "$(dirname "$zip_path")"
rm -f "$zip_path"
if command -v zip >/dev/null 2>&1; then
  (cd "$publish_dir" && zip -q -X "$zip_path" "${files[@]}")
elif command -v python3 >/dev/null 2>&1; then
  (cd "$publish_dir" && python3 - "$zip_path" "${files[@]}" <<'PY'
import os, stat, sys, zipfile
zip_path, names = sys.argv[1], sys.argv[2:]
with zipfile.ZipFile(zip_path, "w") as archive:
    for name in names:
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        info.create_system = 3  # Unix, so the mode below is honoured
        info.external_attr = (stat.S_IFREG | (os.stat(name).st_mode & 0o777)) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(name, "rb") as source:
            archive.writestr(info, source.read())
PY
  )
else
  log "neither zip nor python3 is installed; install one of them (apt-get install zip)"
  exit 1
fi

log "wrote $zip_path ($(wc -c < "$zip_path") bytes)"
