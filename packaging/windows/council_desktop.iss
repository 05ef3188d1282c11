; Inno Setup 6 script: the installer of the one-folder PyInstaller build (dist\CouncilDesktop).
; Per-user: no administrator rights on an office laptop; installs into %LOCALAPPDATA%\Programs.
; Build it from the checkout, after the bundle (packaging/README.md; .github/workflows/windows.yml):
;   iscc /DAppVersion=<council_desktop.__version__> packaging\windows\council_desktop.iss
; The version comes from the build: council_desktop/__init__.py is the only place it is written.
#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=... (python -c "import council_desktop; print(council_desktop.__version__)")
#endif
#define AppExe "council-desktop.exe"
#define BundleClass "CouncilDesktop.Bundle"

[Setup]
AppId={{6B0C2C0E-7C55-4B8B-9F5B-0C9B7C1D2E11}
AppName=Council Desktop
AppVersion={#AppVersion}
AppVerName=Council Desktop {#AppVersion}
DefaultDirName={localappdata}\Programs\CouncilDesktop
DefaultGroupName=Council Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Council Desktop
OutputDir=..\..\dist
OutputBaseFilename=CouncilDesktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\CouncilDesktop\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
; the Start menu of this user (per-user install: {group} is in %APPDATA%\Microsoft\Windows\Start Menu)
Name: "{group}\Council Desktop"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,Council Desktop}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Council Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .council bundles open in the program's import preview (council-desktop FILE). HKA is HKCU for a
; per-user install; the uninstaller removes the association and nothing else.
Root: HKA; Subkey: "Software\Classes\.council"; ValueType: string; ValueName: ""; ValueData: "{#BundleClass}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.council\OpenWithProgids"; ValueType: string; ValueName: "{#BundleClass}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#BundleClass}"; ValueType: string; ValueName: ""; ValueData: "Council Desktop meeting bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#BundleClass}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#BundleClass}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Council Desktop}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what it installed under {app} and nothing else. The
; user's data, settings and logs (%LOCALAPPDATA%\CouncilDesktop: council.db, its backups, drafts,
; council-desktop.ini) are in another folder and stay, for the next version.
