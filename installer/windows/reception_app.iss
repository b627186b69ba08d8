; Inno Setup 6 script for reception_app (Bàn tiếp công dân). Saved as UTF-8 with BOM (Unicode strings).
;
; Build (Windows, after `pyinstaller installer/reception_app.spec` produced dist\reception_app\):
;   ISCC /DAppVersion=0.1.0 installer\windows\reception_app.iss
; Signed build (see installer/README.md; "signtool" is defined on the ISCC command line):
;   ISCC /DAppVersion=0.1.0 /DSign "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" installer\windows\reception_app.iss
;
; Data is NOT installed or touched here: the app keeps cases in the user's
; platformdirs.user_data_dir("reception_app", appauthor=False) = %LOCALAPPDATA%\reception_app
; (C:\Users\<user>\AppData\Local\reception_app). Upgrades replace program files only. Uninstall keeps the data
; folder unless the user ticks the box on the uninstall page ([Code] below).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "reception_app"
#define AppDisplayName "Bàn tiếp công dân (reception_app)"
#define AppPublisher "Provincial IT office"
#define AppExeName "reception_app.exe"
; Path of the PyInstaller one-folder output, relative to this script.
#ifndef BundleDir
  #define BundleDir "..\..\dist\reception_app"
#endif

[Setup]
; Fixed forever: the same AppId makes a newer setup upgrade the existing install in place.
AppId={{B36813B0-589F-4321-84B9-99E7B3A5F2C5}
AppName={#AppDisplayName}
AppVersion={#AppVersion}
AppVerName={#AppDisplayName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppDisplayName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=reception_app-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppDisplayName}
CloseApplications=yes
RestartApplications=no
; Upgrades must not ask for a different folder than the one already used.
UsePreviousAppDir=yes
#ifdef Sign
; Signs setup.exe and the uninstaller with the "signtool" command given to ISCC with /S (see README).
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
; The first entry is the fallback when Windows' UI language matches neither.
; Vietnamese.isl is an UNOFFICIAL Inno Setup translation (not installed with Inno Setup). Get it from
; https://jrsoftware.org/files/istrans/ or jrsoftware/issrc Files/Languages/Unofficial/Vietnamese.isl and
; copy it to installer\windows\Languages\Vietnamese.isl (the path below is relative to this script).
Name: "vietnamese"; MessagesFile: "Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.DesktopIcon=Tạo biểu tượng trên màn hình (Desktop)
english.DesktopIcon=Create a &desktop shortcut
vietnamese.UninstallDataTitle=Dữ liệu hồ sơ
english.UninstallDataTitle=Case data
vietnamese.UninstallDataText=Dữ liệu tiếp công dân (hồ sơ đã mã hóa, kho khóa, nhật ký) nằm trong thư mục:%n%1%n%nMặc định thư mục này ĐƯỢC GIỮ LẠI khi gỡ cài đặt, để cài lại hoặc nâng cấp vẫn dùng được dữ liệu cũ.
english.UninstallDataText=The reception data (encrypted cases, key vault, logs) is in this folder:%n%1%n%nBy default this folder is KEPT when uninstalling, so a reinstall or upgrade finds the old data.
vietnamese.UninstallDataCheck=Xóa vĩnh viễn toàn bộ dữ liệu hồ sơ trong thư mục trên
english.UninstallDataCheck=Permanently delete all case data in the folder above
vietnamese.UninstallDataWarning=CẢNH BÁO: mọi hồ sơ đã mã hóa sẽ mất vĩnh viễn và KHÔNG THỂ khôi phục, kể cả bằng mã khôi phục, trừ khi đã có bản sao lưu. Chỉ đánh dấu khi chắc chắn.
english.UninstallDataWarning=WARNING: all encrypted cases will be gone for good and CANNOT be recovered, not even with the recovery code, unless a backup exists. Tick only if you are sure.
vietnamese.UninstallDataConfirm=Xóa vĩnh viễn mọi hồ sơ đã mã hóa trong%n%1?%n%nKhông thể hoàn tác.
english.UninstallDataConfirm=Permanently delete all encrypted cases in%n%1?%n%nThis cannot be undone.
vietnamese.UninstallDataFailed=Không xóa được hết thư mục dữ liệu:%n%1%nHãy đóng ứng dụng rồi xóa thủ công.
english.UninstallDataFailed=Could not delete the whole data folder:%n%1%nClose the application and delete it by hand.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; On upgrade, remove the previous bundle's libraries so no stale DLL is loaded. Program folder only:
; the data folder lives in %LOCALAPPDATA% and is never listed here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppDisplayName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppDisplayName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppDisplayName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent unchecked runasoriginaluser

[UninstallDelete]
; Only what the program folder may still hold (e.g. __pycache__ written by a debug run). Never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
var
  DeleteDataTicked: Boolean;

{ %LOCALAPPDATA%\reception_app of the account running the uninstaller. If an administrator elevated with
  a DIFFERENT account ("over the shoulder"), {localappdata} is that account's folder: the desk user's data
  is then simply not found and stays. }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\reception_app');
end;

{ A small form with an unticked checkbox: keeping the data is the default. Returns False on Cancel. }
function AskDeleteData(): Boolean;
var
  Form: TSetupForm;
  Info, Warning: TNewStaticText;
  Check: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := True;
  DeleteDataTicked := False;
  Form := CreateCustomForm(ScaleX(480), ScaleY(250), False, True);
  try
    Form.Caption := CustomMessage('UninstallDataTitle');

    Info := TNewStaticText.Create(Form);
    Info.Parent := Form;
    Info.Left := ScaleX(12);
    Info.Top := ScaleY(12);
    Info.Width := Form.ClientWidth - ScaleX(24);
    Info.AutoSize := False;
    Info.Height := ScaleY(80);
    Info.WordWrap := True;
    Info.Caption := FmtMessage(CustomMessage('UninstallDataText'), [DataDir()]);

    Check := TNewCheckBox.Create(Form);
    Check.Parent := Form;
    Check.Left := ScaleX(12);
    Check.Top := Info.Top + Info.Height + ScaleY(8);
    Check.Width := Form.ClientWidth - ScaleX(24);
    Check.Height := ScaleY(20);
    Check.Caption := CustomMessage('UninstallDataCheck');
    Check.Checked := False;

    Warning := TNewStaticText.Create(Form);
    Warning.Parent := Form;
    Warning.Left := ScaleX(12);
    Warning.Top := Check.Top + Check.Height + ScaleY(6);
    Warning.Width := Form.ClientWidth - ScaleX(24);
    Warning.AutoSize := False;
    Warning.Height := ScaleY(60);
    Warning.WordWrap := True;
    Warning.Font.Style := [fsBold];
    Warning.Font.Color := clRed;
    Warning.Caption := CustomMessage('UninstallDataWarning');

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Width := ScaleX(85);
    OkButton.Height := ScaleY(23);
    OkButton.Left := Form.ClientWidth - ScaleX(85 + 85 + 20);
    OkButton.Top := Form.ClientHeight - ScaleY(23 + 10);
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(85);
    CancelButton.Height := ScaleY(23);
    CancelButton.Left := Form.ClientWidth - ScaleX(85 + 10);
    CancelButton.Top := OkButton.Top;
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    if Form.ShowModal() <> mrOk then
      Result := False
    else if Check.Checked then
      DeleteDataTicked :=
        MsgBox(FmtMessage(CustomMessage('UninstallDataConfirm'), [DataDir()]),
               mbCriticalError, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  Result := True;
  DeleteDataTicked := False;
  { Silent uninstalls (/SILENT, /VERYSILENT, software deployment) never delete data. }
  if (not UninstallSilent()) and DirExists(DataDir()) then
    Result := AskDeleteData();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Program files are gone by now; the data folder goes only when the box was ticked AND confirmed. }
  if (CurUninstallStep = usPostUninstall) and DeleteDataTicked and DirExists(DataDir()) then
  begin
    if not DelTree(DataDir(), True, True, True) then
      MsgBox(FmtMessage(CustomMessage('UninstallDataFailed'), [DataDir()]), mbError, MB_OK);
  end;
end;
