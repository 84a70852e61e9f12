# Build Shekara for Windows: dist\shekara\ (the one-folder bundle), a zip of it, and the
# installer dist\shekara-<version>-windows-x64-setup.exe (Inno Setup). See packaging\README.md.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -NoInstaller
#
# Needs: 64-bit Python 3.11 from python.org (the "py" launcher), and Inno Setup 6 for the
# installer. Same steps as packaging/build.sh: .venv via dev.py, the pinned versions of
# packaging\requirements.lock, translations, PyInstaller, then a self-test of the bundle.
param(
    [switch]$NoInstaller,
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Py = Join-Path $Root ".venv\Scripts\python.exe"
$Started = Get-Date

function Step($text) { Write-Host ""; Write-Host "== $text" }
# Native programs do not stop the script on failure by themselves: check every exit code.
# (A plain function: its arguments such as -m or -c reach the program untouched.)
function Invoke-Checked {
    $Program, $Rest = $args
    & $Program @Rest
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Rest -join ' ') failed ($LASTEXITCODE)" }
}

Step "virtual environment (.venv)"
Invoke-Checked py -3.11 -c "import dev; dev.setup()"

Step "pinned dependencies (packaging\requirements.lock)"
Invoke-Checked $Py -m pip install -q --disable-pip-version-check -r packaging\requirements.lock
Invoke-Checked $Py packaging\lock_requirements.py --check

Step "translations"
# pyside6-lrelease.exe is in .venv\Scripts, which is on PATH only in an activated venv.
$env:PATH = (Join-Path $Root ".venv\Scripts") + ";" + $env:PATH
$Catalogs = "desktop\shekara\ui\translations"
$Sources = @(Get-ChildItem i18n -Filter "shekara_*.ts" -ErrorAction SilentlyContinue)
if (Test-Path tools\build_translations.py) {
    Invoke-Checked $Py tools\build_translations.py --compile
} elseif ($Sources.Count -gt 0) {
    Invoke-Checked $Py -c "from shekara.ui.i18n import compile_catalogs; compile_catalogs()"
}
$Compiled = @(Get-ChildItem $Catalogs -Filter "shekara_*.qm" -ErrorAction SilentlyContinue)
if ($Compiled.Count -lt $Sources.Count) {
    throw "only $($Compiled.Count) of $($Sources.Count) catalogs were compiled into $Catalogs"
}
Write-Host "$($Compiled.Count) catalog(s) in $Catalogs"

Step "PyInstaller"
if (Test-Path dist\shekara) { Remove-Item -Recurse -Force dist\shekara }
if (Test-Path build\pyinstaller) { Remove-Item -Recurse -Force build\pyinstaller }
Invoke-Checked $Py -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\shekara.spec

Step "check"
$Version = & $Py -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$Reported = & dist\shekara\shekara.exe --version
if ($Reported -ne "shekara $Version") { throw "the bundle reports '$Reported', expected 'shekara $Version'" }
Write-Host $Reported
Invoke-Checked dist\shekara\shekara.exe --self-test

Step "zip"
$Zip = "dist\shekara-$Version-windows-x64.zip"
if (Test-Path $Zip) { Remove-Item -Force $Zip }
Compress-Archive -Path dist\shekara -DestinationPath $Zip

if (-not $NoInstaller) {
    Step "installer (Inno Setup)"
    if (-not $Iscc) {
        $Found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
        if ($Found) { $Iscc = $Found.Source }
        else { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
    }
    if (-not (Test-Path $Iscc)) {
        throw "Inno Setup 6 not found (looked for $Iscc): install it, pass -Iscc PATH, or use -NoInstaller"
    }
    Invoke-Checked $Iscc /Q "/DAppVersion=$Version" packaging\shekara.iss
    Write-Host "installer: dist\shekara-$Version-windows-x64-setup.exe"
}

$Size = [math]::Round(((Get-ChildItem -Recurse dist\shekara | Measure-Object -Sum Length).Sum) / 1MB)
$Seconds = [math]::Round(((Get-Date) - $Started).TotalSeconds)
Step "done"
Write-Host "bundle:  dist\shekara\ ($Size MB)"
Write-Host "zip:     $Zip"
Write-Host "time:    $Seconds s"
