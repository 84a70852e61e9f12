; Inno Setup 6 script: the Windows installer for the bundle that packaging\build.ps1 makes.
; build.ps1 compiles it (ISCC.exe /DAppVersion=<version> packaging\shekara.iss) after
; PyInstaller; see packaging\README.md. Output: dist\shekara-<version>-windows-x64-setup.exe
;
; What it does: copies dist\shekara\ to Program Files (or the user's own programs folder, when
; installed without administrator rights), adds a Start-menu entry (and, if chosen, a desktop
; icon) for shekaraw.exe, the windowed program, and registers an uninstaller.
;
; Data: the vault is NOT in the program folder. Shekara keeps it in the Windows user's data
; folder from platformdirs, %LOCALAPPDATA%\Shekara\vault. The installer never creates, touches or
; removes that folder, so uninstalling (or installing a newer version over this one) keeps every
; vault. To remove a vault for good, delete that folder by hand after making a backup.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=0.1.0 packaging\shekara.iss
#endif

[Setup]
; The AppId stays the same for every version: it is how an upgrade finds the old install.
AppId={{EDBC6E56-C07A-4C31-8E51-3DDE11BAB3D2}
AppName=Shekara
AppVersion={#AppVersion}
AppVerName=Shekara {#AppVersion}
AppPublisher=Shekara project
AppComments=Records, packets and reports for KZ-LT border and customs posts
DefaultDirName={autopf}\Shekara
DefaultGroupName=Shekara
DisableProgramGroupPage=yes
; Per-machine install when run as administrator, else for this user only; the dialog lets the
; person installing choose.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=shekara-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\shekara.ico
UninstallDisplayIcon={app}\shekaraw.exe
UninstallDisplayName=Shekara {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Shekara holds its files open: ask to close it before upgrading or uninstalling.
CloseApplications=yes
RestartApplications=no

[Languages]
; Inno Setup ships no Kazakh or Lithuanian wizard text: the installer speaks English or
; Russian; the program itself offers kk, lt, ru and en.
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: shekara.exe (console, the commands), shekaraw.exe (no console,
; the desktop application) and _internal\.
Source: "..\dist\shekara\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries wholesale: stale ones from an older version must
; not be picked up. Only the program folder; never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Shekara"; Filename: "{app}\shekaraw.exe"; WorkingDir: "{app}"; Comment: "Shekara: border post records"
Name: "{autodesktop}\Shekara"; Filename: "{app}\shekaraw.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\shekaraw.exe"; Description: "{cm:LaunchProgram,Shekara}"; Flags: nowait postinstall skipifsilent unchecked

; No [UninstallDelete] entry: the uninstaller removes only what [Files] installed, never
; %LOCALAPPDATA%\Shekara (the vaults).
