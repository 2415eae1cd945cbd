@echo off
rem Starts the Kiln Workbench on Windows. The product has no native launcher (Maven Central has none,
rem docs/adr/004 and 023), so this script runs the Equinox launcher jar with Java 21 or newer:
rem %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, else the java on the PATH. Arguments are passed on.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "LAUNCHER="
for %%J in ("%~dp0plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fJ"
if not defined LAUNCHER (
  echo kiln-workbench: no plugins\org.eclipse.equinox.launcher_*.jar under %~dp0 1>&2
  exit /b 1
)
"%JAVA%" -Xms256m -Xmx2g -jar "%LAUNCHER%" %*
