/**
 * Machine output: what a debugger, a trace, a log, a protocol analyser or a terminal screen printed,
 * pasted into an article. Its line breaks and spacing carry its meaning, and its gaps need not line
 * up, so the column test does not see it. A line is machine output when it holds one of:
 *
 * ```
 * hex dump row     :0110 20 02 02 00 7F 05 ...   15B7:0640 4D 53 ...   000040  7420 6469 6420 6e6f ...
 * hex words        0006F738 62A02500 ...          (two 8-digit hex words: stack frames, dumps)
 * registers        eax=0x18 ebx=0x00 ...          cs=0008  ss=0010      (two name=hex pairs)
 * debugger prompt  0: kd> !trap f3bcdedc   KDx86> !trap x   KD: Unable to load …   kv   ChildEBP RetAddr …
 *                  -d10b   -e63e 01   -f100,32f,0   -w   M:\MAILDATA >debug x.tmp
 *                  -rcx   CX 0000   :230   (a register shown and set)
 *                  ATDT9,555   CONNECT 9600   kd>   (a modem and a kernel debugger session)
 * log component    … $$<SMS_DISTRIBUTION_MANAGER>   <Fri Oct 15 17:09:46.507 1999 …>
 * module!symbol    ntdll!wcscpy  NT!_KiTrap0E+0x25e
 * timestamp first  >10/19 10:29:37.676 (+ smidgen )  Event=…   11/11/96 2:41:02 PM  Security …
 * fields           Thread = 0x00000105  Session = 0x002661D0   (two name = value fields, a gap apart)
 * screen leaders   Option . . . . . . . . : *BASIC
 * protocol frame   TCP: .A..S., len: 4, …   + FRAME: Base frame properties   ISO: Version = 3
 * disassembly      80114498 83ec04   sub esp,0x4    6DD8:002B E90300   JMP _main+11    *** 000005  6a 01   push 1
 * dir listing      Volume in drive A is DISK 1   Volume Serial Number is 1727-2414   Directory of  A:\
 *                  SETUP    EXE    117246 11-11-91   5:00a   12 file(s)   1,024 bytes free
 * ```
 *
 * The first seven forms are output whatever the line says; a line of the last five that reads as
 * prose (`The fault is in ntdll!RtlAllocateHeap, or …`) is prose.
 */
import { readsAsProse } from './program-lines.ts';

/** A hex dump row: an address (`:0110`, `15B7:0640`, `0098fe18`, `000040`) then four or more bytes or words in hex. */
const hexDumpPattern = /^\s*(?::[0-9A-Fa-f]{4}|[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}|[0-9A-Fa-f]{6,8})\s+(?:[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4})(?:[\s-]+(?:[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4})){3}\b/;
/** Two 8-digit hex words, or a register shown as `name=` and 8 hex digits. */
const hexWordsPattern = /\b[0-9A-Fa-f]{8}\b.*\b[0-9A-Fa-f]{8}\b|\b[a-z]{2,3}=[0-9a-f]{8}\b/;
/** Two registers or flags, `name=value` in hex, a space apart (`eax=0x18 ebx=0x00`, `cs=0008  ss=0010`). */
const registersPattern = /(?:^|\s)[a-z]{2,4}=(?:0x)?[0-9a-f]{2,8}\s+[a-z]{2,4}=(?:0x)?[0-9a-f]{2,8}(?:\s|$)/i;
/** A module and a symbol joined by `!` (`ntdll!wcscpy`, `NT!_KiTrap0E+0x25e`). */
const symbolPattern = /\b[A-Za-z_][\w.]*![A-Za-z_?][\w@?$]*/;
/** A debugger prompt or command: kd's `0: kd>`, DEBUG's `-d10b`/`-w`, a drive prompt running a program. */
const promptPattern = /^\s*(?:\d+:\s*k[dD]>|kd>(?:\s|$)|AT[DZE&]\S*(?:\s\S+)?\s*$|CONNECT\s+\d+\s*$|NO CARRIER\s*$|KDx86>\s|KD:\s|k[vbnp]\s*$|(?:ChildEBP|FramePtr)\s+Ret|-r(?:[abcd]x|[sb]p|[sd]i|[decs]s|ip|f)\s*$|(?:[ABCD]X|[SB]P|[SD]I|[DECS]S|IP)\s+[0-9A-F]{4}\s*$|:[0-9A-Fa-f]{1,4}\s*$|-[a-zA-Z][0-9A-Fa-f]*(?:,[0-9A-Fa-f]+)*(?:\s+[0-9A-Fa-f:]+(?:\s+[0-9A-Fa-f.]+)*)?\s*$|[A-Za-z]:\\[^>\s]*(?:\s[^>\s]+)?\s?>\s*\S)/;
/** A timestamp opening the line: a trace event (`>10/19 10:29:37.676`), an event log row (`11/11/96 2:41:02 PM`). */
const timestampPattern = /^\s*>?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\b/;
/** The component or time an SMS log line ends with. */
const logPattern = /\$\$<[^>\s]*|<(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}:\d{2}/;
/** Two `name = value` fields on one line, a gap apart (`Thread = 0x00000105  Session = 0x002661D0`). */
const fieldsPattern = /\b\w+ = \S+ {2,}\w+ = \S/;
/** A label and its value behind dot leaders, as terminal screens print them (`Option . . . . : *BASIC`): the last three leaders. */
const leadersPattern = / \. \. \. *:/;
/** A protocol analyser's line: a protocol's name, a colon and a field (`TCP: .A..S., len: 4`, `+ FRAME: Base frame`). */
const protocolPattern =
  /^\s*[+-]?\s*(?:FRAME|ETHERNET|TOKENRING|FDDI|LLC|IP|TCP|UDP|ICMP|ARP|NBT|NETB|NETBIOS|SMB|MSRPC|RPC|NCP|IPX|SPX|ISO|TPDU|DNS|DHCP|SNA|DLC|SAP|RIP|BROWSER|PPP|LDAP|IGMP|SNMP):\s+\S/;

/** A disassembled instruction: an address, its bytes in hex, a mnemonic (a debugger's `u`, CodeView), or a compiler's `.COD` listing row (`*** 000005  6a 01  push 1`); a hex letter in the address or the bytes (`19990101 20 files` is not one). */
const disassemblyPattern = /^\s*(?:(?=\S*[A-Fa-f:]|\S+\s+\d*[A-Fa-f])(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4})\s+[0-9A-Fa-f]{2,16}\s+[A-Za-z]{2,7}(?:\s|$)|\*{3}\s+[0-9a-fA-F]{6}\s+[0-9a-fA-F]{2}\s)/;
/** MS-DOS `dir` output: its header lines, a file row (name, extension, size or `<DIR>`, date, time), its totals. */
const dirListingPattern =
  /^\s*(?:Volume in drive [A-Za-z] (?:is|has)\b|Volume Serial Number is [0-9A-F]{4}-[0-9A-F]{4}|Directory of\s+[A-Za-z]:\\|[^\s\\]{1,8}(?: +[^\s\\]{1,3})? +(?:[\d,]+|<DIR>) +\d{1,2}-\d{1,2}-\d{2,4} +\d{1,2}:\d{2}(?:[ap]m?)?\s*$|\d+ file\(s\)\s|[\d,]+ bytes free\s*$)/;

/** Whether a line is machine output of the first seven forms, output whatever else the line says. */
export function isPlainOutput(text: string): boolean {
  // Each form holds a digit or a `>`, or is a DEBUG command, a KD line, a modem command or a `dir` header (a quick test first: most lines are prose).
  if (!/[0-9>]|^\s*(?:-|KD:|AT[DZE&]|NO CARRIER|k[vbnp]\s*$|ChildEBP|FramePtr|Volume in|Directory of)/.test(text)) return false;
  return disassemblyPattern.test(text) || dirListingPattern.test(text) || hexDumpPattern.test(text) || hexWordsPattern.test(text) || registersPattern.test(text) || promptPattern.test(text) || logPattern.test(text);
}

/** Whether a line is machine output (see the file comment). */
export function isMachineOutput(text: string): boolean {
  if (isPlainOutput(text)) return true;
  return (symbolPattern.test(text) || timestampPattern.test(text) || fieldsPattern.test(text) || leadersPattern.test(text) || protocolPattern.test(text)) && !readsAsProse(text);
}
