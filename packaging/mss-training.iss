; Inno Setup script: the Windows installer for the app folder that `pyinstaller
; packaging\mss-training.spec` builds in dist\MSS Training. It installs for the current
; user only (no administrator rights), in %LOCALAPPDATA%\Programs\MSS Training, with a
; Start menu entry and an optional desktop shortcut. Build it with Inno Setup 6:
;   iscc packaging\mss-training.iss      (writes dist\MSS-Training-Setup-<version>.exe)
#define AppVersion GetEnv("MSS_TRAINING_VERSION")
#if AppVersion == ""
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C3E0F52-2D0B-4B8E-9F3A-5A1E2B7C2699}
AppName=MSS Training
AppVersion={#AppVersion}
AppPublisher=MSS Training developers
DefaultDirName={localappdata}\Programs\MSS Training
DefaultGroupName=MSS Training
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=MSS-Training-Setup-{#AppVersion}
SetupIconFile=build-icons\mss-training.ico
UninstallDisplayIcon={app}\mss-training-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\LICENSE

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\MSS Training\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\MSS Training"; Filename: "{app}\mss-training-gui.exe"
Name: "{userdesktop}\MSS Training"; Filename: "{app}\mss-training-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\mss-training-gui.exe"; Description: "{cm:LaunchProgram,MSS Training}"; Flags: nowait postinstall skipifsilent
