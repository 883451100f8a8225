; Ryhmät's Windows installer (Inno Setup 6), made by the release workflow from the
; PyInstaller bundle in dist\ryhmat:
;     iscc /DAppVersion=1.2.3 packaging\windows\ryhmat.iss
; writes dist\ryhmat-1.2.3-windows-x86_64-setup.exe.
;
; It installs for the person running it, without administrator rights, into
; %LOCALAPPDATA%\Programs\Ryhmat, with a Start menu entry (and a desktop icon if asked).
; A newer version installs over an older one (same AppId).
;
; The uninstaller removes the program only. The person's data is not in the program's
; folder: the database and its automatic backups are in %LOCALAPPDATA%\Ryhmat, the log
; in %LOCALAPPDATA%\Ryhmat\Logs and the settings in the registry (HKCU\Software\Ryhmat).
; Nothing here deletes them, so that uninstalling or updating never loses a team's
; records; a person who wants them gone deletes that folder.
; This file is UTF-8 with a byte order mark, as Inno Setup needs for "Ryhmät".

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Bundle AddBackslash(SourcePath) + "..\..\dist\ryhmat"
#define Icon AddBackslash(SourcePath) + "..\..\ryhmat\resources\icons\ryhmat.ico"

[Setup]
; The same id for every version: an update replaces the installed version.
AppId={{6B8E2C7A-3F4D-4E1B-9A57-2D0C8F1E5B93}
AppName=Ryhmät
AppVersion={#AppVersion}
AppVerName=Ryhmät {#AppVersion}
AppPublisher=Ryhmät
DefaultDirName={autopf}\Ryhmat
DefaultGroupName=Ryhmät
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per user, no administrator rights: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ryhmat-{#AppVersion}-windows-x86_64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Ryhmät
UninstallDisplayIcon={app}\ryhmat-gui.exe
; Ryhmät must not run while its files are replaced or removed.
CloseApplications=yes
#if FileExists(Icon)
SetupIconFile={#Icon}
#endif

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries whole: none of an older version's stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Ryhmät"; Filename: "{app}\ryhmat-gui.exe"
Name: "{autodesktop}\Ryhmät"; Filename: "{app}\ryhmat-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ryhmat-gui.exe"; Description: "{cm:LaunchProgram,Ryhmät}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: see the top of this file.
