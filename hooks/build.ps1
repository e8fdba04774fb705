# The ASK CLI runs hooks/build.ps1 instead of hooks/build.sh on Windows (outside WSL). Without this file it would zip
# the C# source as the Lambda code and deploy a function that cannot start. The package is a Native AOT linux-x64
# executable, which Windows cannot build: stop the deploy here and say where to run it (docs/DEPLOY.md).
throw "hooks/build.ps1: the Lambda package can only be built on Linux. Run ``ask deploy`` from the repository root in Linux or in WSL2 (Windows Subsystem for Linux), as docs/DEPLOY.md describes. The Lambda code was not built or deployed."
