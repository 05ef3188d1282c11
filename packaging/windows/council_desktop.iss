; Inno Setup script for the one-folder PyInstaller build (dist/CouncilDesktop).
; Per-user install: no administrator rights needed on an office laptop.
[Setup]
AppId={{6B0C2C0E-7C55-4B8B-9F5B-0C9B7C1D2E11}
AppName=Council Desktop
AppVersion=0.1.0
DefaultDirName={localappdata}\Programs\CouncilDesktop
DefaultGroupName=Council Desktop
PrivilegesRequired=lowest
OutputBaseFilename=CouncilDesktop-0.1.0-setup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\..\dist\CouncilDesktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Council Desktop"; Filename: "{app}\council-desktop.exe"
Name: "{userdesktop}\Council Desktop"; Filename: "{app}\council-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked
