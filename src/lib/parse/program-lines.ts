/**
 * Program and configuration text, line by line: which lines are statements of a program, a batch
 * file or a module definition, which are comments, and which read as prose.
 *
 * ```
 * statement   C-like code (`isCodeLike`), an INI section, an assignment (`x = 1`, `a$(i)=`)
 *           | BASIC          DIM A(10)   PRINT "x"   40 REM $INCLUDE: 'a'   05 ' comment   if a = 0 then a = 1 goto e
 *           | assembler      .MODEL small   DOSSEG   StackSeg Segment STACK   ; comment   .model small   dosseg   end start
 *           | FoxPro         STORE 0 TO n   LOCAL a, b   PARAMETERS x   #DEFINE X 1   ENDIF
 *                            DECLARE Integer f IN Win32API   =MESSAGEBOX("x")   ? x   x = 1 && note
 *                            SUSPEND   CREATE FORM x NOWAIT   KEYBOARD 'Y'   DELETE FILE x   INSERT INTO t …   REPORT FORM r
 *           | FORTRAN        SUBROUTINE F(X)   INTEGER I   WRITE (*,*) X   10 CONTINUE   INCLUDE 'x.fi'   100 FORMAT (1X,I5)
 *           | batch file     echo off   rem note   pause   goto end   :end   if exist x   set a=b   if not errorlevel 1 goto end
 *           |                C:\NET\net start   lh c:\mouse\mouse   LH /L:1 C:\DOS\X.EXE   path c:\dos   prompt $p$g
 *           |                debug 00000004.KEY   setlocal   endlocal
 *           | .DEF file      LIBRARY FOO   HEAPSIZE 8192   EXPORTS   DATA MULTIPLE
 *           | tool prompts   [Operations]: +A.LIB   Run File [A.EXE]:   lib a.lib   cl /c a.c
 *           |                CLEAR   @ 1,1 GET dDate   READ CYCLE
 *           | Visual Basic   Set rs = New Recordset   With cmd   .Open   End With   Private Sub F()
 *           |                Dim x   If x Then   On Error GoTo e   Option Explicit   Debug.Print x
 *           |                Select Case x   Case Else   MsgBox "x"   Call F   Const X = 1
 *           | C function     main()   void interrupt far handler()   (a declaration alone on its line)
 *           | BASIC field    ax AS INTEGER   Title As String * 50   ByVal p1 AS LONG,_   Size As SIZEL
 *           | method call    Form1.Cls   rs.MoveNext   Response.Write "x" & y   (not SETUP.EXE, www.example.com)
 *           | ASP and HTML   <%@ LANGUAGE="VBScript" %>   <%   %>   <% x = 1 %>   <HTML>   <td>x</td>
 *           | any case       Local aobj[1], xx   Create FORM t NOWAIT   keyb '{alt+c}'   dele file x   Set Safety off
 *                            Build Dll a from a   browse timeout(2)   Declare Function f Lib "x.dll" (…)
 *           | MS-DOS         copy a:\x.dll c:\dir   rename x.dll x.old   cd dir\sub   MD C:\X   type nul > x.mbg
 *           | C++ and IDL    [   ]   [ uuid(…), version(1.0),   class ATL_NO_VTABLE CMyCtl :   HRESULT CSite::ShowUI(
 *           | ISAM, LMHOSTS  DELETEINDEX t, "A"   MOVEFIRST t   #BEGIN_ALTERNATE   #INCLUDE \\srv\share\lmhosts
 *           | SQL, PPD       create procedure p as   *Font Times-Bold: Standard "(001.001)"
 *           | SourceSafe     *$Log: $   // $Revision: 3 $   (a version control keyword after a comment mark)
 *           | editor macros  select1:= arg ppage   bigprint:Alt+z   (TOOLS.INI; also Pascal's x := y)
 * comment     *text  *!* x  *-- x  *: x  a bare *      (FoxPro; `* text` and `** text` are bullets unless code is near)
 *           | # text   && text   -- text   C  text (FORTRAN, first column)   ' text   REM text   // text   /* text
 *           | ; text (assembler, INF files)   <!-- text --> (HTML)
 * ```
 *
 * label       start:   RunningUnderWin31:   Done:  ; note   (an assembler or BASIC label; also how prose
 *             says `where:`, so a label is neither a statement nor prose: it goes with the code around
 *             it); a label before a statement (`NoFail: mov dx, 1`) is that statement
 *
 * A statement does not read as prose: a line of words (`Type cd \windows and press ENTER.`) is
 * prose whatever its first word, except `echo` and `rem` lines, whose text is free. A comment that
 * ends a line (`x = 1;  /* note`, `f(x);  // note`, FoxPro's `USE  && note`) is set aside before the
 * line is read.
 */
import { isSpaceCode } from './lines.ts';
import { isCodeLike, isIniSection } from './preformatted.ts';

/** BASIC statements (upper case, as the archive's listings write them) and assembler directives that start a program line. */
const programStartPattern =
  /^\s*(?:\d{1,5}\s+)?(?:(?:DIM|REDIM|CLS|PRINT|LPRINT|OPEN|CLOSE|FOR|NEXT|IF|ELSE|ELSEIF|END|CALL|DECLARE|SUB|FUNCTION|SCREEN|LINE|KEY|DEF|DEFINT|DEFDBL|DEFSNG|DEFLNG|DEFSTR|COMMON|TYPE|GOSUB|GOTO|RETURN|INPUT|LOCATE|COLOR|WHILE|WEND|DO|LOOP|SELECT|CASE|SHARED|STATIC|ERASE|BLOAD|BSAVE|POKE|OUT|SLEEP|RANDOMIZE|GET|PUT|FIELD|LSET|RSET|ON|RESUME|ERROR|STOP|SHELL|CHAIN|RUN|DATA|READ|RESTORE|WRITE|SEEK|PALETTE|VIEW|WINDOW|PSET|PRESET|CIRCLE|PAINT|DRAW|SOUND|PLAY|BEEP|CONST|LET|EXIT|DELETEINDEX|CREATEINDEX|SETINDEX|MOVEFIRST|MOVELAST|MOVENEXT|MOVEPREVIOUS|RETRIEVE|SEEKEQ|SEEKGT|SEEKGE|BEGINTRANS|COMMITTRANS|ROLLBACK|SAVEPOINT|CHECKPOINT|DELETETABLE)(?=[\s(#$%!&]|$)|\.(?:MODEL|CODE|DATA|STACK)\b|(?:TITLE|INCLUDELIB|EXTRN|PUBLIC|ASSUME)\s|DOSSEG\s*$|[A-Za-z_]\w*\s+(?:PROC|ENDP|SEGMENT|ENDS|DB|DW|DD|EQU|proc|endp|segment|ends|db|dw|dd|equ)\b|[A-Za-z_]\w*\s+Segment\s+(?:PARA|BYTE|WORD|DWORD|PAGE|PUBLIC|STACK|COMMON|AT|USE16|USE32|Para|Byte|Word|Public|Stack|Common)\b|;|[A-Za-z_][\w.]*[$%!&#]?(?:\([^)]*\)(?:\.[A-Za-z_][\w.]*)?)?\s*=)/;

/** A C function's declaration or call alone on its line (`main()`, `void interrupt far handler()`, `int f (int x, char *s)`): its shape alone is code. */
const cFunctionPattern = /^\s*(?:[A-Za-z_]\w*[\s*]+){0,4}[A-Za-z_]\w* ?\(([\w\s*,[\]]*)\)\s*$/;

/** What may come before a C function's name: nothing, or a C type or storage class first (`void`, `static int`, `LRESULT CALLBACK`). */
const cPrefixPattern = /^\s*(?:[A-Za-z_]\w*\s*\(|(?:void|int|char|long|short|unsigned|signed|float|double|struct|static|extern|[A-Z][A-Z0-9_]+)\s)/;

/** A call alone on its line, the name right before its parenthesis (`STRTOFILE("X=1", "a.prg")`, `obj.Method(1)`). */
const callPattern = /^\s*[A-Za-z_][\w.]*\(.*\)\s*;?\s*$/;

/** An assembler or BASIC label alone on its line (`start:`), or before a comment (`Done:   ; note`). */
const labelPattern = /^\s*[A-Za-z_]\w*:\s*(?:$|;|REM\b)/;
/** A label before a statement (`NoFail: mov dx, OFFSET Success`): the statement is read without it. */
const labelledPattern = /^\s*[A-Za-z_]\w*:\s+(?=\S)/;

/** A numbered BASIC line holding a comment (`05 '****`, `40 REM x`). */
const basicCommentPattern = /^\s*\d{1,5}\s+(?:'|REM\b)/;

/** FoxPro statements whose shape alone is code, however many words they hold: `STORE … TO x`, `DECLARE … IN lib`, `#DEFINE`. */
const foxProShapePattern = /^\s*(?:STORE\s.+\sTO\s+\w|DECLARE\s.*\sIN\s+\w|#(?:DEFINE|INCLUDE|IF|ELSE|ENDIF|UNDEF)\b)/;
/** FoxPro statements (upper case, as the archive's listings write them), a `? x` print, `=f()` call. */
const foxProPattern =
  /^\s*(?:(?:LOCAL|PUBLIC|PRIVATE|L?PARAMETERS?)\s+(?:ARRAY\s+)?[A-Za-z_]\w*\s*(?:[,[(]|&&|$)|DEFINE\s+CLASS\s|ADD\s+OBJECT\s|DO\s+(?:CASE|WHILE|FORM)\b|SET\s+[A-Z]+\b|USE\s+\S|SCAN\b|WITH\s+[A-Za-z_]|OTHERWISE\s*$|RELEASE\s|READ\s+EVENTS|CLEAR\s+(?:ALL|EVENTS|WINDOWS)\b|APPEND\s+(?:BLANK|FROM)\b|REPLACE\s+\w+\s+WITH\s|GO\s+(?:TOP|BOTTOM)\b|INDEX\s+ON\s|COPY\s+TO\s|CREATE\s+(?:TABLE|CURSOR|DATABASE)\s|\?{1,2}\s|=\s*[A-Za-z_][\w.]*\()/;
/** A MASM procedure head (`foo proc uses ax bx cx`, `Main PROC NEAR`), whose registers read as plain words. */
const masmProcPattern = /^\s*[A-Za-z_]\w*\s+proc\s+(?:near|far|uses|c|pascal|stdcall|syscall|basic|fortran|public|private)\b/i;
/** A FoxPro statement followed by its `&&` comment (`x = 1 && note`). */
const foxProCommentPattern = /\S\s+&&\s/;
/** More FoxPro: `CLEAR` alone, `@ 1,1 GET x` / `SAY`, `READ` with a clause. */
const foxProScreenPattern = /^\s*(?:CLEAR\s*$|@\s*\d+\s*,\s*\d+\s+(?:SAY|GET|EDIT|CLEAR|TO)\b|READ(?:\s+[A-Z]+)?\s*$)/;
/** More FoxPro commands, as its listings write them (upper case): alone (`SUSPEND`, `DOEVENTS`) or with their clause (`CREATE FORM x NOWAIT`, `KEYBOARD 'Y'`, `DELETE FILE x`, `INSERT INTO t VALUES …`). */
const foxProCommandPattern =
  /^\s*(?:(?:SUSPEND|DEBUG|DOEVENTS|BROWSE|CANCEL|ZAP|PACK|RETRY|USE)\s*$|(?:KEYBOARD|MODIFY\s+(?:FORM|COMMAND|PROJECT|FILE|STRUCTURE)|CREATE\s+(?:FORM|CLASS|QUERY|VIEW|REPORT|PROJECT)|ERASE|DELETE\s+FILE|ACTIVATE\s+(?:WINDOW|SCREEN|MENU|POPUP)|INSERT\s+INTO|SELECT\s+\*?\s*\w*\s*FROM|PROCEDURE|CD(?=\s+(?:[A-Za-z]:|\\|\.\.|[A-Z]+\())|CLOSE\s+(?:ALL|DATABASES|TABLES|INDEXES)|CLEAR\s+(?:TYPEAHEAD|DEBUGGER|MACROS|PROGRAM)|COPY\s+FILE|DIMENSION|SKIP|BUILD\s+(?:PROJECT|DLL|EXE|APP)|(?:REPORT|LABEL)\s+FORM)(?:\s|\(|$))/;
/**
 * FoxPro and Visual Basic written in any case (FoxPro ignores case, and its listings in articles mix
 * it: `Local aobj[1], xx`, `Create FORM t NOWAIT`, `keyb '{alt+c}'`, `dele file x`, `Set Safety off`,
 * `Build Dll a from a`, `browse timeout(2)`; VB's `Declare Function f Lib "x"`). Each needs a shape
 * prose has not — a subscript, a list of names, a quoted key string, a clause — not a keyword alone.
 */
const anyCasePattern =
  /^\s*(?:(?:local|public|private|l?parameters?)\s+[a-z_]\w*\s*(?:\[|(?:,\s*[a-z_]\w*\s*){2,}$|\s+as\s+[a-z_]\w*\s*$)|create\s+(?:form|class|table|cursor|query|view|report|project)\s+[\w.]+(?:\s+(?:nowait|of|as|from)\b.*)?\s*$|keyb(?:oard)?\s+['"[]|dele(?:te)?\s+file\s+\S+\s*$|release\s+(?:windows?|classlib|library|procedure|popups?|menus?)\s+\S|do\s+form\s+\S|set\s+[a-z]+\s+(?:on|off)\s*$|build\s+(?:project|dll|exe|app|mtdll)\s+\S+\s+from\s+\S+\s*$|browse\s+\w+\(|text\s+to\s+[a-z_]\w*(?:\s+(?:noshow|additive|textmerge)\b.*)?\s*$|(?:(?:private|public)\s+)?declare\s+(?:function|sub)\s+\w+\s+lib\s+")/i;
/** More Visual Basic: `Select Case x`, `Case Else`, `Case -1:`, `MsgBox "x"`, `Call F`, `Const X = 1`. */
const visualBasicMorePattern = /^\s*(?:Select\s+Case\s|Case\s+(?:Else\b|-?\d|")|MsgBox\s*[("\w]|Call\s+[A-Za-z_]|(?:Private\s+|Public\s+)?Const\s+\w+(?:\s+As\s+\w+)?\s*=)/;
/** Visual Basic statements (as VB writes them, capitalised): `Set x = …`, `With x`, `End With`, `Private Sub`, `Dim`, `If … Then`, `.Member` in a `With` block. */
const visualBasicPattern =
  /^\s*(?:(?:Set|Let)\s+[\w.]+\s*=|With\s+[\w.]+\s*$|End\s+(?:With|Sub|Function|If|Select|Type|Property)\b|(?:Private|Public|Friend)\s+(?:Sub|Function|Const|Declare|Property|Type|WithEvents)\s|Dim\s+\w|ReDim\s|If\s.+\sThen\b|Else(?:If\s.*)?\s*$|Loop(?:\s+(?:While|Until)\s.*)?\s*$|Next(?:\s+\w+)?\s*$|Do\s+(?:While|Until)\s|For\s+(?:Each\s+)?\w+\s*(?:=|In)\s|Exit\s+(?:Sub|Function|Do|For)\b|On\s+Error\s|Option\s+Explicit\b|Debug\.Print\b|\.[A-Za-z][\w.]*(?:\s*=|\s*$|\())/;

/** The end of a FoxPro block, in any case (`ENDIF`, `EndProc`). */
const foxProEndPattern = /^\s*END(?:IF|PROC|FUNC|DEFINE|DO|FOR|SCAN|WITH|CASE|TEXT)\s*(?:(?:&&|\*).*)?$/i;

/** FORTRAN statements (upper case). */
const fortranPattern = /^\s*(?:\d+\s+)?(?:(?:SUBROUTINE|PROGRAM|INTEGER|REAL|LOGICAL|CHARACTER|DOUBLE PRECISION|IMPLICIT|DIMENSION|PARAMETER|EXTERNAL(?=\s+\w+(?:\s*,\s*\w+)*\s*$)|INTERFACE TO|CONTINUE|WRITE\s*\()(?=[\s(*]|$)|FORMAT\s*\(|INCLUDE\s+')/;

/**
 * A condition and the statement it guards, which reads as words but has a shape prose has not: a batch
 * file's `if not errorlevel 1 goto end` (a jump or a command after the test), BASIC's `if a = 0 then a = 1`
 * (a comparison, then a statement or a line number).
 */
const conditionalPattern =
  /^\s*(?:@?if\s+(?:not\s+)?(?:errorlevel\s+\d+|exist\s+\S+|\S+==\S+)\s+(?:goto\s+:?\w+\s*$|(?:echo|call|del|copy|set|cd)\s)|(?:\d{1,5}\s+)?if\s+[\w$%!&#.()]+\s*(?:=|<>|<=|>=|<|>)\s*[\w$%!&#.()"]+\s+then\s*(?:$|\d+\s*$|[A-Za-z_]\w*[$%!&#]?\s*=|(?:goto|gosub|print|end|exit|return)\b))/i;

/** A version control keyword, expanded or not, alone on its line after a comment mark (`*$Log: $`, `// $Revision: 3 $`). */
const versionKeywordPattern = /^\s*(?:[*#;']|\/\/|REM\s)?\s*\$(?:Archive|Author|Date|Header|History|Id|JustDate|Log|Logfile|Modtime|NoKeywords|Revision|Workfile)(?::[^$]*)?\$\s*$/;

/** An editor macro's definition or key assignment (TOOLS.INI: `select1:= arg ppage`, `bigprint:Alt+z`), or Pascal's `x := y`. */
const editorMacroPattern = /^\s*[A-Za-z_]\w*\s*(?::=\s*\S|:(?:(?:Alt|Ctrl|Shift|Meta)\+)+\w+\s*$)/;

/** Batch file lines (any case): `echo`, `rem`, `pause`, `goto`, labels, `if exist`, `for %%`, `set a=b`, `%1`. */
const batchPattern = /^\s*@?(?:echo(?:[\s.]|$)|rem(?:\s|$)|pause\s*$|goto\s+:?\w|call\s+\S+\.(?:bat|cmd)\b|if\s+(?:not\s+)?(?:exist|errorlevel)\b|for\s+%%?\w|shift\s*$|cls\s*$|(?:setlocal|endlocal)\s*$|:[A-Za-z]\w*\s*$|set\s+\w+=|%\w+%)/i;
/** A command line of MS-DOS: a path to a program (`C:\NET\net start`, `c:\novell\lsl.com`), or `lh`/`loadhigh`/`path` and a path. */
const dosCommandPattern = /^\s*(?:[A-Za-z]:\\[\w~$.-]*(?:\\[\w~$.-]+)*|(?:lh|loadhigh)\s+(?:\/L:\S+\s+)?[A-Za-z]:\\\S*|path\s+[A-Za-z]:\\\S*|prompt\s+\$\S*|debug\s+[\w~$.\\:-]+\.\w{1,3})(?:\s|$)/i;
/**
 * An MS-DOS command with a path or a file name as written at the prompt (`copy a:\\netapi.dll c:\\lanman`,
 * `rename x.dll x.old`, `cd exchsrvr\\connect`, `MD C:\\QC2\\BIN`, `type nul > x.mbg`): at most three more
 * words, none of them a word of a sentence (`Rename x.edb to x.old` is a step's text), no closing period.
 */
const dosShellPattern =
  /^\s*(?:(?:copy|xcopy|ren(?:ame)?|del|erase|md|mkdir|cd|chdir|rd|rmdir|attrib|move|deltree)(?:\s+[-/+]\S+)*\s+(?:\S*\\\S*|[A-Za-z]:\S*|[\w~$*?-]+\.[A-Za-z0-9?*]{1,3})(?:\s+\S+){0,3}|type\s+(?:nul\b.*|\S+\.\w{1,3}))(?<!\.)\s*$/i;
/** A word of a sentence among a command's words (`Rename x.edb to x.old` is a step's text, not a command). */
const sentenceWordPattern = /\s(?:to|and|or|the|into|then|with|from|if)(?:\s|$)/i;
/** Whether a line is an MS-DOS command (see `dosShellPattern`). */
function isDosCommand(text: string): boolean {
  return dosShellPattern.test(text) && !sentenceWordPattern.test(text);
}
/** A development tool's command line with a switch or a file (`cl /c a.c`, `lib a.lib`, `implib a.lib a.dll`). */
const toolCommandPattern = /^\s*(?:lib|link|cl|masm|ml|nmake|bc|qcl|fl|implib|exehdr|rc|bind)(?:\s+\S+)*?\s+(?:[/-][A-Za-z]|\S+\.[A-Za-z]{1,3}\b)/i;

/** Assembler directives as MASM listings also write them, in lower case: `.model small`, `.data`, `dosseg`, `end start`. */
const assemblerLowerPattern = /^\s*(?:\.(?:model|code|data|stack|const|[2-6]86p?)\b|dosseg\s*$|end(?:\s+[A-Za-z_]\w*)?\s*$)/;

/** A field of a BASIC `TYPE` or a parameter (`ax AS INTEGER`, `ByVal p1 AS LONG,_`): a name, `AS`, a BASIC type or a type named in capitals. */
const basicTypes = ['Integer', 'Long', 'Single', 'Double', 'Currency', 'String', 'Any', 'Byte', 'Boolean', 'Variant', 'Object', 'Date']
  .map((t) => `${t}|${t.toUpperCase()}|${t.toLowerCase()}`)
  .join('|');
const basicFieldPattern = new RegExp(
  `^\\s*(?:(?:ByVal|ByRef|BYVAL|BYREF)\\s+)?[A-Za-z_]\\w*[$%&!#]?(?:\\s*\\([^)]*\\))?\\s+(?:AS|As|as)\\s+(?:(?:${basicTypes})\\b(?:\\s*\\*\\s*\\d+)?|[A-Z][A-Z0-9]*_?[A-Z0-9_]+\\b)\\s*(?:,\\s*_?|_)?\\s*(?:'.*)?$`,
);
/** A method called without parentheses (`Form1.Cls`, `rs.MoveNext`, `Response.Write "x" & y`): an object, a member, nothing or an argument after. */
const methodCallPattern = /^\s*[A-Za-z_]\w*(?:\(\d+\))?(?:\.[A-Za-z_]\w*)*\.([A-Za-z_]\w*)(?:\s*$|\s+(?:"|[\w.]+\s*(?:,|&|$)))/;
/** Whether a line is a method call (see `methodCallPattern`) and not a file or host name (`SETUP.EXE`, `www.example.com`). */
function isMethodCall(text: string): boolean {
  const member = methodCallPattern.exec(text)?.[1];
  return member !== undefined && !(member.length <= 3 && (member === member.toLowerCase() || member === member.toUpperCase())) && !/^(?:html|aspx|jpeg|json|docx|xlsx|pptx|java|cpp)$/i.test(member);
}
/**
 * C++ and IDL heads and LMHOSTS directives: a bracket alone (`[`, `]`), an IDL attribute list
 * (`[ uuid(…), version(1.0),`), a class or interface head (`class ATL_NO_VTABLE CMyCtl :`,
 * `interface IFoo1 : IDispatch`), a member defined or called by its scope (`HRESULT FAR
 * CSite::ShowUI(`), `#BEGIN_ALTERNATE`, `#INCLUDE \\server\share\lmhosts`, a Developer Studio project's
 * `# PROP Scc_ProjName`.
 */
const cFamilyPattern =
  /^\s*(?:[[\]]\s*$|\[\s*(?:uuid|object|version|helpstring|dual|oleautomation|hidden|id|propget|propput|in|out|retval|local|pointer_default|odl|appobject|control|nonextensible|restricted|source|default)\s*[(,\]]|(?:class|struct|interface)\s+(?:[A-Z_][A-Z0-9_]*\s+)?[A-Za-z_]\w*\s*(?::.*|\{)\s*$|(?:[\w*&<>]+\s+)*[\w~]+::[\w~:]+\s*\(|#(?:BEGIN_ALTERNATE|END_ALTERNATE|INCLUDE\s+\\\\|PRE\b|DOM:)|#\s+(?:PROP|ADD|SUBTRACT|Begin|End)\s+\w)/;
/** A PostScript printer description's keyword line (`*Font Times-Bold: Standard "(001.001)"`), not a FoxPro comment. */
const ppdPattern = /^\s*\*(?:Font|DefaultFont|PageSize|PageRegion|ImageableArea|PaperDimension|Resolution|DefaultResolution|ModelName|NickName|Product|PSVersion|Manufacturer|ColorDevice|FileSystem|LanguageLevel)\b[^:]*:\s*\S/;
/** SQL's definitions as scripts write them, in any case: `create procedure p as`, `CREATE TABLE t (`, `drop view v`. */
const sqlDefinitionPattern = /^\s*(?:create|alter|drop)\s+(?:procedure|proc|table|view|trigger|index|function|database)\s+[\w.[\]]+(?:\s+as|\s*\(|\s*;)?\s*$/i;
/** BASIC's `print` as some listings write it: `print` alone, `Print "text"`. */
const basicPrintPattern = /^\s*l?print(?:\s+"|\s*$)/i;
/** Active Server Pages and HTML: a line opened by an ASP delimiter (`<%`, `<%@`, `<%=`) or closing one (`%>`), a server-side include (`<!--#include virtual="x"-->`), or a tag of HTML. */
const aspHtmlPattern =
  /^\s*(?:<%|%>\s*$|<!--\s*#(?:include|exec|echo|config)\b|<\/?(?:html|head|body|title|form|input|table|tr|td|th|p|br|hr|h[1-6]|div|span|script|style|center|font|ul|ol|li|meta|link|object|param|select|option|textarea|img|frame|frameset|iframe|xml|b|i|a)(?=[\s>/])[^<>]*>)/i;

/** A module-definition (`.DEF`) statement. */
const moduleDefinitionPattern = /^\s*(?:LIBRARY|NAME|DESCRIPTION|EXETYPE|STUB|CODE|DATA|HEAPSIZE|STACKSIZE|SEGMENTS|EXPORTS|IMPORTS|PROTMODE)(?:\s+\S|\s*$)/;
/** A prompt of the librarian or linker, as typed at it (`[Operations]: +A.LIB`, `Run File [A.EXE]:`). */
const toolPromptPattern = /^\s*(?:\[[A-Za-z][\w ]*\]|[A-Z][A-Za-z]*(?: [A-Za-z]+)* \[[^\]]*\]):(?=\s|$)/;

/** Comment lines: `*text`, `*!*`, `*--`, a bare `*`; `# text` (shell, INF, API files); `&&`; `--`; FORTRAN's `C` in the first column; `/*`, `//`; Basic's `'` and `REM`; assembler's `;`; an HTML comment alone on its line. */
const commentPattern = /^(?:\s*\*(?:[^\s*.]|\*+[^\s*]|\s*$)|\s*#\s|\s*&&|\s*--\s|[Cc](?:\*| {2,}\S|\s*$)|\s*\/[*/]|\s*'|\s*REM\b|\s*;|\s*<!--.*-->\s*$)/;
/** A comment line shaped like a bullet (`* text`, FoxPro's `** text`): a FoxPro or C comment only when code is near. */
const starTextPattern = /^\s*\*{1,2}\s+\S/;

/** A word of prose: lower-case letters (an apostrophe or a hyphen inside), punctuation around. */
const plainWordPattern = /^[("'`]?[a-z]+(?:['’-][a-z]+)*[,.;:?!)"'`]*$/;
/** The first word of a sentence: a capital may start it. */
const firstWordPattern = /^[("'`]?[A-Za-z][a-z]*(?:['’-][a-z]+)*[,.;:?!)"'`]*$/;

/**
 * Whether a line reads as prose: six tokens or more, three in five of them plain words (lower case;
 * the first may be capitalised), and not ending as a statement does (`;`, `{`, `}`). Code's
 * capitalised keywords (`Public Sub Main(x As Object)`) are not plain words.
 */
export function readsAsProse(text: string): boolean {
  // Tokens are counted by hand: this runs on most lines of the archive.
  let tokens = 0;
  let plain = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpaceCode(text.charCodeAt(i));
    if (!space && start === -1) start = i;
    else if (space && start !== -1) {
      const token = text.slice(start, i);
      if ((tokens === 0 ? firstWordPattern : plainWordPattern).test(token)) plain++;
      tokens++;
      start = -1;
    }
  }
  return tokens >= 6 && plain * 5 >= tokens * 3 && !/[;{}]\s*$/.test(text);
}

/** A line of code as prose would be seen in it: strings and a Basic `'` or assembler `;` comment ending it set aside. */
function codeWords(text: string): string {
  const bare = text.replace(/"[^"]*"/g, '""');
  const comment = bare.search(/\s[';]/);
  return comment === -1 ? bare : bare.slice(0, comment);
}

/** Whether a line is a statement of BASIC, assembler or C-like code, or an INI section (the first forms of the file comment), and not prose once its strings are set aside (`return "0" if the flag is clear …` is prose). */
function isClassicStatement(text: string): boolean {
  return (
(isCodeLike(text) || isIniSection(text) || programStartPattern.test(text)) && !readsAsProse(codeWords(text))
  );
}

/** A line without the comment ending it, `/* …`, `// …` (not the `://` of a URL) or FoxPro's `&& …`; the line itself when that would leave nothing. */
function withoutTrailingComment(text: string): string {
  let at = text.indexOf('/*');
  // FoxPro's `&&` comment, not C's `a && b)` (what follows a comment does not end as a statement does).
  let ampersands = text.indexOf('&&');
  while (ampersands > 0 && !isSpaceCode(text.charCodeAt(ampersands - 1))) ampersands = text.indexOf('&&', ampersands + 2);
  if (ampersands > 0 && (at === -1 || ampersands - 1 < at) && !/[;{})]\s*$/.test(text)) at = ampersands - 1;
  for (let slash = text.indexOf('//'); slash !== -1; slash = text.indexOf('//', slash + 2)) {
    if (text[slash - 1] !== ':') {
      if (at === -1 || slash < at) at = slash;
      break;
    }
  }
  const code = at === -1 ? text : text.slice(0, at);
  return code.trim() === '' ? text : code.trimEnd();
}

/** Whether a line is a statement of FoxPro, FORTRAN, a batch or `.DEF` file, or a tool's command line or prompt, and not prose. */
function isScriptStatement(text: string): boolean {
  if (/^\s*@?(?:echo|rem)(?:[\s.]|$)/i.test(text)) return true;
  if (foxProShapePattern.test(text) || conditionalPattern.test(text) || editorMacroPattern.test(text)) return true;
  const call = cFunctionPattern.exec(text);
  // A comma, a pointer or a C type in the arguments is C's shape, and so are empty arguments after
  // nothing or a C type (`main()`, `void interrupt far f()`); `After calling push_heap()` and
  // `Start (or press F1)` are prose's.
  if (call && (/[,*]|\b(?:int|char|long|short|unsigned|signed|float|double|struct|const)\b/.test(call[1]!) || (/^\s*(?:void\s*)?$/.test(call[1]!) && cPrefixPattern.test(text)))) return true;
  const statement =
    callPattern.test(text) ||
    basicCommentPattern.test(text) ||
    foxProPattern.test(text) ||
    foxProScreenPattern.test(text) ||
    foxProEndPattern.test(text) ||
    visualBasicPattern.test(text) ||
    visualBasicMorePattern.test(text) ||
    foxProCommandPattern.test(text) ||
    anyCasePattern.test(text) ||
    cFamilyPattern.test(text) ||
    basicPrintPattern.test(text) ||
    sqlDefinitionPattern.test(text) ||
    ppdPattern.test(text) ||
    versionKeywordPattern.test(text) ||
    fortranPattern.test(text) ||
    batchPattern.test(text) ||
    dosCommandPattern.test(text) ||
    isDosCommand(text) ||
    toolCommandPattern.test(text) ||
    moduleDefinitionPattern.test(text) ||
    toolPromptPattern.test(text) ||
    aspHtmlPattern.test(text) ||
    assemblerLowerPattern.test(text) ||
    isMethodCall(text) ||
    basicFieldPattern.test(text);
  return statement && !readsAsProse(codeWords(text));
}

/** Whether a line is a statement of a program (see the file comment). */
export function isStatement(text: string): boolean {
  const code = withoutTrailingComment(text);
  if (isClassicStatement(code) || isScriptStatement(code)) return true;
  // A line ending in FoxPro's `&&` comment is a statement whatever its code, unless the whole line reads as prose.
  if (foxProCommentPattern.test(text) && !readsAsProse(codeWords(text))) return true;
  const label = labelledPattern.exec(code);
  return label !== null && isClassicStatement(code.slice(label[0].length));
}

/** Whether a line reads as prose once a comment ending it and its strings are set aside (`typedef struct  // a note` is not prose). */
export function isProseLine(text: string): boolean {
  return readsAsProse(codeWords(withoutTrailingComment(text)));
}

/** Whether a line is a statement although it reads as prose: an `echo` or `rem` line, or a shape only code has (`STORE … TO`, `DECLARE … IN`, `#DEFINE`, `if … goto x`, `if a = 0 then`, `name:= text`, MASM's `foo proc uses ax bx`, a C function header). */
export function isStatementDespiteProse(text: string): boolean {
  const code = withoutTrailingComment(text);
  return /^\s*@?(?:echo|rem)(?:[\s.]|$)/i.test(code) || foxProShapePattern.test(code) || conditionalPattern.test(code) || editorMacroPattern.test(code) || masmProcPattern.test(code) || (cFunctionPattern.test(code) && isStatement(text));
}

/** Whether a line is a label alone (`start:`, and prose's `where:`): it goes with the code around it. */
export function isLabel(text: string): boolean {
  return labelPattern.test(text);
}

/** Whether a line is a comment that cannot be prose or a bullet (see the file comment). */
export function isComment(text: string): boolean {
  return commentPattern.test(text);
}

/** Whether a line is a comment shaped like a bullet (`* text`). */
export function isStarText(text: string): boolean {
  return starTextPattern.test(text);
}
