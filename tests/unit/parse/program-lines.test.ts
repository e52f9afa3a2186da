/**
 * Program lines (program-lines.ts), one line at a time: the statements of each language its file
 * comment names, the comments, the labels, and what reads as prose. Each statement, comment and
 * label is tried as written, indented and with trailing spaces (listings are indented in articles);
 * near misses beside each kind show where it stops. The construct fixtures see these only inside
 * whole listings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isComment, isLabel, isProseLine, isStarText, isStatement, isStatementDespiteProse, readsAsProse } from '../../../src/lib/parse/program-lines.ts';

/** A line as written, indented by spaces and by a tab, and with trailing spaces. */
const variants = (line: string) => [line, `    ${line}`, `\t${line}`, `${line}   `];

/**
 * Lines whose words the grammar wants one space apart: FORTRAN's two-word keywords, the linker's
 * prompts, a C declaration's spacing. Every other line is also tried with its words two spaces apart
 * (listings align their words with runs of spaces).
 */
const oneSpaceApart = new Set(['DOUBLE PRECISION D', 'INTERFACE TO SUBROUTINE F', 'Run File [A.EXE]:', 'List File [NUL.MAP]: x', 'int f (int x, char *s)']);
const spacedOut = (line: string) => (oneSpaceApart.has(line) ? [] : [line.replace(/(\S) (?=\S)/g, '$1  ')]);

/** Asserts `is` holds for every variant of each line. */
function every(is: (text: string) => boolean, lines: string[], expected = true): void {
  for (const line of lines) for (const text of [...variants(line), ...spacedOut(line)]) assert.equal(is(text), expected, JSON.stringify(text));
}

/** Asserts `is` is false for each line, as written and indented. */
function none(is: (text: string) => boolean, lines: string[]): void {
  for (const line of lines) for (const text of [line, `    ${line}`]) assert.equal(is(text), false, JSON.stringify(text));
}

test('BASIC statements, numbered lines and assignments', () => {
  every(isStatement, [
    'DIM A(10)', 'PRINT "x"', 'PRINT#1, x', 'CLS', 'END', 'GOTO 100', 'ON ERROR GOTO 10', 'RANDOMIZE TIMER', 'DEFINT A-Z',
    '10 PRINT "HELLO"', '40 REM $INCLUDE: \'a\'', "05 '****", '12345 CLS',
    'x = 1', 'a$(i)=5', 'total% = total% + 1', 'obj.value = 2', 'count& =0',
  ]);
  none(isStatement, ['DIMENSIONS of the box are given below', 'PRINTER', 'ENDING', '123456 PRINT "x" is not a line number']);
});

test('assembler: directives, segments and data, in capitals and as MASM writes them in lower case', () => {
  every(isStatement, [
    '.MODEL small', '.CODE', '.DATA', '.STACK 100h', 'TITLE hello', 'INCLUDELIB x.lib', 'EXTRN f:FAR', 'PUBLIC start', 'ASSUME cs:code',
    'StackSeg SEGMENT STACK', 'msg DB \'Hello$\'', 'count dw 0', 'main PROC', 'main endp', 'x EQU 5', 'Code ends', '; a comment',
    '.model small', '.code', '.data', '.stack', '.const', '.386', '.486p', 'dosseg', 'end start', 'end',
  ]);
  none(isStatement, ['.186', 'end of the file is near', 'msg DBX 1', 'TITLED']);
});

test('FoxPro: statements by their shape, commands, screens and the ends of blocks', () => {
  every(isStatement, [
    'STORE 0 TO n', 'DECLARE Integer f IN Win32API', '#DEFINE X 1', '#INCLUDE foxpro.h', '#IF x', '#ENDIF', '#UNDEF X',
    'LOCAL a, b', 'LOCAL ARRAY a[5]', 'PARAMETERS x', 'LPARAMETERS x', 'PRIVATE x && note', 'PUBLIC gnCount',
    'DEFINE CLASS x AS y', 'ADD OBJECT x AS y', 'DO CASE', 'DO WHILE .T.', 'DO FORM x', 'SET TALK OFF', 'USE customer', 'SCAN', 'WITH Thisform',
    'OTHERWISE', 'RELEASE x', 'READ EVENTS', 'CLEAR ALL', 'CLEAR EVENTS', 'APPEND BLANK', 'APPEND FROM x', 'REPLACE x WITH 1', 'GO TOP', 'GO BOTTOM',
    'INDEX ON x TAG y', 'COPY TO x', 'CREATE TABLE t (a c(1))', 'CREATE CURSOR c (a c(1))', '? x', '?? x', '=MESSAGEBOX("x")', '= f.Method(1)', 'x = 1 && note',
    'CLEAR', '@ 1,1 GET dDate', '@ 2, 3 SAY "x"', '@10,5 EDIT m', 'READ CYCLE', 'READ',
    'SUSPEND', 'DEBUG', 'DOEVENTS', 'BROWSE', 'CANCEL', 'ZAP', 'PACK', 'RETRY', "KEYBOARD 'Y'", 'MODIFY FORM x', 'MODIFY STRUCTURE', 'CREATE FORM x NOWAIT',
    'CREATE REPORT r', 'ERASE x.dbf', 'DELETE FILE x', 'ACTIVATE WINDOW w', 'ACTIVATE SCREEN', 'INSERT INTO t VALUES (1)', 'SELECT * FROM t', 'SELECT a FROM t',
    'PROCEDURE x', 'CD C:\\temp', 'CD \\temp', 'CD ..', 'CD HOME()', 'CLOSE ALL', 'CLOSE DATABASES', 'CLEAR TYPEAHEAD', 'COPY FILE a TO b', 'DIMENSION a(5)', 'SKIP',
    'BUILD EXE x FROM y', 'ENDIF', 'EndProc', 'ENDDO && loop', 'ENDFOR * x', 'endfunc', 'ENDDEFINE', 'ENDSCAN', 'ENDWITH', 'ENDCASE', 'ENDTEXT',
  ]);
  none(isStatement, ['STORE the files', 'SUSPENDED', 'READING', 'CLEARLY', 'ENDIFS', 'CD player', 'ZAP it', '@ home', 'SCANNER']);
});

test('FORTRAN statements', () => {
  every(isStatement, [
    'SUBROUTINE F(X)', 'PROGRAM MAIN', 'INTEGER I', 'REAL*8 X', 'LOGICAL L', 'CHARACTER*10 C', 'DOUBLE PRECISION D', 'IMPLICIT NONE', 'DIMENSION A(10)',
    'PARAMETER (N=5)', 'EXTERNAL F, G', 'INTERFACE TO SUBROUTINE F', '10 CONTINUE', 'WRITE (*,*) X', 'WRITE(6,100) X',
  ]);
  none(isStatement, ['INTEGERS', 'EXTERNAL modem and cable', 'CONTINUED']);
});

test('batch files, MS-DOS command lines, development tools and their prompts', () => {
  every(isStatement, [
    'echo off', '@echo off', 'ECHO.', 'echo', 'rem note', 'REM', 'pause', 'goto end', 'goto :end', ':end', 'if exist x del x', 'if not exist x.dat copy a.dat x.dat',
    'IF ERRORLEVEL 2 GOTO TWO', 'set a=b', 'for %%f in (*.*) do type %%f', 'for %f in (*.*) do type %f', 'shift', 'cls', 'setlocal', 'endlocal', 'call x.bat',
    'call setup.cmd /q', '%comspec% /c dir',
    'C:\\NET\\net start', 'c:\\novell\\lsl.com', 'C:\\', 'lh c:\\mouse\\mouse', 'LH /L:1 C:\\DOS\\X.EXE', 'loadhigh c:\\x', 'path c:\\dos', 'PATH C:\\DOS;C:\\WINDOWS',
    'prompt $p$g', 'debug 00000004.KEY', 'DEBUG a:\\x.bin',
    'cl /c a.c', 'CL -AL a.c', 'lib a.lib', 'link /map a.obj', 'masm a.asm;', 'nmake -f x.mak', 'implib a.lib a.dll', 'rc -r x.rc', 'qcl a.c',
    'LIBRARY FOO', 'NAME app', 'HEAPSIZE 8192', 'STACKSIZE 5120', 'EXPORTS', 'IMPORTS', 'DATA MULTIPLE', 'CODE MOVEABLE', 'SEGMENTS', 'EXETYPE WINDOWS',
    '[Operations]: +A.LIB', 'Run File [A.EXE]:', 'List File [NUL.MAP]: x',
  ]);
  none(isStatement, ['echoes', 'goto', 'pausing', 'C:\\ is the root folder of the drive you use most', 'library', 'EXPORTS the files to other programs now', 'cl', 'linker']);
});

test('Visual Basic statements and a BASIC field or parameter', () => {
  every(isStatement, [
    'Set rs = New Recordset', 'Let x = 1', 'With cmd', 'With .Fields', '.Open', '.Caption = "x"', '.Add(1)', 'End With', 'End Sub', 'End Function', 'End If', 'End Select',
    'End Type', 'End Property', 'Private Sub F()', 'Public Function F() As Long', 'Friend Property Get x()', 'Private Declare Function f Lib "x" ()', 'Public WithEvents x As y',
    'Dim x', 'ReDim a(5)', 'If x Then', 'If a = b Then Exit Sub', 'Else', 'ElseIf x Then', 'Loop', 'Loop Until x', 'Loop While x > 0', 'Next', 'Next i', 'Do While x',
    'Do Until EOF(1)', 'For i = 1 To 10', 'For Each c In x', 'Exit Sub', 'Exit For', 'On Error GoTo e', 'On Error Resume Next', 'Option Explicit', 'Debug.Print x',
    'Select Case x', 'Case Else', 'Case -1:', 'Case 2', 'Case "a"', 'MsgBox "x"', 'MsgBox("x")', 'MsgBox x', 'Call F', 'Const X = 1', 'Private Const X As Long = 1',
    'ax AS INTEGER', 'Title As String * 50', 'ByVal p1 AS LONG,_', 'Size As SIZEL', "x as long ' comment", 'n As Integer,', 'a(10) As Byte', 'h AS HWND',
  ]);
  none(isStatement, ['With thanks to you', 'Dimension', 'Casement', 'Next, restart the computer', 'Select the check box', 'Exit the program', 'Optionally', 'Set up the computer', 'name as a string']);
});

test('C functions alone on their line, calls and method calls, ASP and HTML', () => {
  every(isStatement, [
    'main()', 'void main(void)', 'void interrupt far handler()', 'int f (int x, char *s)', 'LRESULT CALLBACK WndProc(HWND h, UINT m, WPARAM w, LPARAM l)',
    'static int count(char *s)', 'f(a, b)', 'STRTOFILE("X=1", "a.prg")', 'obj.Method(1)', 'x.y(z);',
    'Form1.Cls', 'rs.MoveNext', 'Response.Write "x" & y', 'Text1(0).SetFocus', 'Me.Hide', 'x.Refresh a, b',
    '<%@ LANGUAGE="VBScript" %>', '<%', '%>', '<% x = 1 %>', '<%= x %>', '<HTML>', '<td>x</td>', '</BODY>', '<br/>', '<a href="x">', '<INPUT TYPE=TEXT>',
  ]);
  none(isStatement, [
    'After calling push_heap()', 'Start (or press F1)', 'SETUP.EXE', 'www.example.com', 'readme.txt', 'x.doc', 'System.ini', 'Form1.frm',
    'page.html', 'Default.aspx', 'photo.jpeg', '<tr',
  ]);
});

test('a C-like line, an INI section, a label before a statement, a trailing comment set aside', () => {
  every(isStatement, ['x = f(y);', 'if (a) {', '}', '[boot]', 'NoFail: mov dx, 1', 'x = 1;  /* note */', 'f(x);  // note', 'int x; // see http://x']);
  // The URL's `//` is no comment: what is left reads as prose.
  assert.equal(isStatement('see http://www.microsoft.com/ for the full list of the files'), false);
  none(isStatement, ['where: the value is set']);
});

test('a line of words is no statement whatever its first word; echo and rem lines, FoxPro shapes and C headers are', () => {
  none(isStatement, [
    'Type cd \\windows and press ENTER.', 'DIM the lights before you start the show', 'return "0" if the flag is clear and the value is set',
    'Set the value to the one you want here', 'For more information about this, see the list',
  ]);
  for (const line of ['echo This is a message for the user of the program', 'rem this is a long note about the program here', '@echo on the screen and in the log too']) {
    assert.equal(isStatement(line), true, line);
    assert.equal(isStatementDespiteProse(line), true, line);
  }
  for (const line of ['STORE the value of the field TO nCount', 'DECLARE a function of the library IN user32', '#DEFINE the name of the constant here', 'int main (int argc, char *argv[])']) {
    assert.equal(isStatementDespiteProse(line), true, line);
  }
  for (const line of ['Type cd \\windows and press ENTER.', 'After calling push_heap() the heap is valid', 'echoes of the past are in this one', 'Start (or press F1)']) {
    assert.equal(isStatementDespiteProse(line), false, line);
  }
  // A C header needs a statement once its comment is set aside.
  assert.equal(isStatementDespiteProse('void f(int x)  /* note */'), true);
});

test('comments of each language, and what is no comment', () => {
  every(isComment, [
    '*text', '*!* x', '*-- x', '*: x', '*', '***x', '&& text', '-- text', '/* text', '// text', "' text", 'REM text', 'REM', '; text', '<!-- text -->',
  ]);
  // FORTRAN's `C` only in the first column.
  for (const text of ['C  text', 'c  text', 'C', 'C*', 'C*text', 'C   ']) assert.equal(isComment(text), true, text);
  for (const text of [' C  text', 'C text', 'Call x', 'Co  x']) assert.equal(isComment(text), false, text);
  none(isComment, ['* text', '*.*', '*.txt', '--x', 'REMARK', '<!-- text', 'text // no', 'x; y', '&amp;']);
});

test('a comment shaped like a bullet', () => {
  every(isStarText, ['* text', '*   text', '*\ttext']);
  none(isStarText, ['*text', '*', '- text', 'x * text']);
});

test('labels alone, before a comment, and what is no label', () => {
  every(isLabel, ['start:', 'RunningUnderWin31:', 'Done:  ; note', 'Done: ;', 'x: REM y', 'where:', '_loop:']);
  none(isLabel, ['start: mov ax, 1', 'a b:', 'C:\\dos', '1abc:', 'start', ':end', 'x: REMARK']);
});

test('reading as prose: six tokens, three in five plain words, no statement ending', () => {
  assert.equal(readsAsProse('this is a line of words'), true);
  assert.equal(readsAsProse('This is a line of words'), true, 'the first word may be capitalised');
  assert.equal(readsAsProse('this is a line of'), false, 'five tokens');
  assert.equal(readsAsProse('this is a line OF X1'), true, 'four plain of six');
  assert.equal(readsAsProse('this is a LINE OF X1'), false, 'three plain of six');
  assert.equal(readsAsProse('a b c d e f G H I J'), true, 'six plain of ten');
  assert.equal(readsAsProse('a b c d e F G H I J'), false, 'five plain of ten');
  assert.equal(readsAsProse('This Is A Line Of Words'), false, 'only the first word may be capitalised');
  assert.equal(readsAsProse('(this, "is" a line\'s well-known words.)'), true, 'punctuation around, apostrophes and hyphens inside');
  assert.equal(readsAsProse('this\tis  a\u00a0line of   words'), true, 'tabs and runs of spaces separate tokens');
  assert.equal(readsAsProse('   this is a line of words   '), true);
  for (const end of [';', '{', '}', ';  ']) assert.equal(readsAsProse(`this is a line of words${end}`), false, end);
  assert.equal(readsAsProse('this is a line of words; and more'), true, 'a semicolon inside is prose');
  assert.equal(readsAsProse(''), false);
});

test('a prose line is judged without its trailing comment and its strings', () => {
  assert.equal(isProseLine('typedef struct  // a note about the structure that follows'), false);
  assert.equal(isProseLine('see http://www.microsoft.com/ for the list of the files'), true);
  assert.equal(isProseLine('MsgBox "This is a message for the user of this program"'), false);
  assert.equal(isProseLine("x = 1 ' set the value of x to one for the loop here"), false);
  assert.equal(isProseLine('mov ax, 1 ; set the value of x to one for the loop here'), false);
  assert.equal(isProseLine('this is a line of words with "a string" inside it'), true);
  assert.equal(isProseLine('/* this is a line of words in a comment */'), true, 'a comment alone is kept, and reads as prose');
});

test('edges of the ASP, tool, FoxPro, C and HTML comment patterns', () => {
  // `%>` closes an ASP block only alone on its line; `[` and `]` open and close a C attribute list alone.
  every(isStatement, ['%>', '[', ']']);
  none(isStatement, ['%> is the closing delimiter', '[abc', ']end']);
  // A tool's switch is a letter after `/` or `-` (`link /?` asks for help and is no build step).
  every(isStatement, ['link /NOLOGO', 'cl /c', 'link -x']);
  none(isStatement, ['link /?', 'link /1']);
  // FoxPro's CREATE takes a name (words and dots).
  every(isStatement, ['CREATE TABLE customer', 'create form myform', 'CREATE REPORT sales.frx']);
  // FoxPro's KEYBOARD, also as its abbreviation KEYB, before a quoted key string.
  every(isStatement, ["keyb 'Y'", 'keyb "x"', "keyboard 'Y'"]);
  // An HTML comment is a comment line only alone on it.
  every(isComment, ['<!-- note -->']);
  none(isComment, ['<!-- note --> and text']);
  // A batch file's `shift` and `cls` are whole words alone on their line.
  none(isStatement, ['shifted', 'shiftx', 'clsid', 'shift the bits left']);
});
