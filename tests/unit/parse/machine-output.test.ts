/**
 * Machine output one line at a time (machine-output.ts): each form its file comment names, as
 * written, indented and with trailing spaces, near misses beside it, and the last five forms giving
 * way to a line that reads as prose. The construct fixtures see these only inside whole blocks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMachineOutput, isPlainOutput } from '../../../src/lib/parse/machine-output.ts';

const variants = (line: string) => [line, `    ${line}`, `\t${line}`, `${line}   `];

/** Asserts each line, in every variant, is plain output (and so machine output). */
function plain(lines: string[]): void {
  for (const line of lines) for (const text of variants(line)) {
    assert.equal(isPlainOutput(text), true, JSON.stringify(text));
    assert.equal(isMachineOutput(text), true, JSON.stringify(text));
  }
}

/** Asserts each line, in every variant, is machine output but not plain output (one of the last five forms). */
function output(lines: string[]): void {
  for (const line of lines) for (const text of variants(line)) {
    assert.equal(isMachineOutput(text), true, JSON.stringify(text));
    assert.equal(isPlainOutput(text), false, JSON.stringify(text));
  }
}

/** Asserts each line, as written and indented, is no machine output. */
function not(lines: string[]): void {
  for (const line of lines) for (const text of [line, `    ${line}`]) assert.equal(isMachineOutput(text), false, JSON.stringify(text));
}

test('hex dump rows and hex words', () => {
  plain([
    ':0110 20 02 02 00 7F 05', '15B7:0640 4D 53 44 4F 53', '000040  7420 6469 6420 6e6f', '0098fe18 00 01 02 03', '0098FE18 00-01-02-03 ab',
    '0006F738 62A02500', 'x 0006f738 and 62a02500 y', 'eax=0018abcd',
  ]);
  not(['0110 20 02 02 00', ':011 20 02 02 00', '15B7:0640 4D 53 44', '12345 20 02 02 00 01', '0006F738 62A0250', 'the value 0006F738 is set', 'ab=0018abc']);
});

test('registers and flags, two name=value pairs', () => {
  plain(['eax=0x18 ebx=0x00', 'cs=0008  ss=0010', 'EAX=00000018 EBX=7FFDF000', 'x eip=80 esp=ff y']);
  not(['eax=0x18', 'eax=zz ebx=yy', 'a=00 b=00', 'eaxyz=00 ebx=00', 'eax=0 ebx=0', 'eax=00ebx=00']);
});

test('debugger prompts and commands', () => {
  plain([
    '0: kd> !trap f3bcdedc', '1:kD> k', 'kd> !process', 'KDx86> !trap x', 'KD: Unable to load image', 'kv', 'kb', 'kn', 'kp', 'ChildEBP RetAddr Args to Child',
    'FramePtr  RetAddr', '-d10b', '-f100,32f,0', '-w', '-d 100 1ff', '-u 6DD8:002B 10', 'M:\\MAILDATA >debug x.tmp', 'C:\\>dir', 'C:\\WINDOWS\\SYSTEM> copy a b',
  ]);
  // DEBUG's register commands name a register: `-rsp`, `-rbp`, not any two letters ending in `p`.
  plain(['-rax', '-rsp', '-rbp', '-rsi', '-rds', '-rip', '-rf']);
  // Modem commands alone or with one argument; DEBUG's `:` prompt with an address; commands with one argument or several.
  plain(['ATZ', 'AT&F', 'ATDT 5551212', ':100', ':1A2B', '-d 100', '-e 100 41 42']);
  not(['-rxp', '-rzp']);
  not(['ka', 'kv please', '-the end', '- item', '-dir and more words', 'C:\\ is the drive', 'kd is a debugger']);
});

test('log components and times', () => {
  plain(['Processing $$<SMS_DISTRIBUTION_MANAGER>', 'x $$<> y', 'Done <Fri Oct 15 17:09:46.507 1999 GMT>', '<Mon Jan 1 00:00:00 2000>', '1 <Sun Dec 31 23:59:59']);
  not(['Cost $$ 5', '<Fri oct 15 17:09:46', '<Fri Oct 15 17:09', '<Fry Oct 15 17:09:46 1999>', '<Fri Oct 15 17:09:4']);
});

test('disassembly and compiler listings', () => {
  plain(['80114498 83ec04   sub esp,0x4', '6DD8:002B E90300   JMP _main+11', '*** 000005  6a 01   push 1', '0040100A 55 push', 'F000:E05B EA5BE000F0 jmp']);
  not(['19990101 20 files', '12345678 12 abcdefgh1', '** 000005  6a 01 push 1', '*** 00005  6a 01 push 1']);
});

test('dir listings: header lines, file rows and totals', () => {
  plain([
    'Volume in drive A is DISK 1', 'Volume in drive c has no label', 'Volume Serial Number is 1727-2414', 'Directory of  A:\\', 'Directory of C:\\DOS',
    'SETUP    EXE    117246 11-11-91   5:00a', 'README   TXT      1,024 1-1-1991  12:00', 'DOS          <DIR>        3-10-93   6:00p', 'AUTOEXEC BAT 1 01-01-80 0:00am',
    '12 file(s)   1,024 bytes', '1,024 bytes free', '0 file(s) 0 bytes',
  ]);
  not(['Volume in the drive', 'Volume Serial Number is 1727', 'Directory of files', 'SETUP EXE 117246 11-11-91', 'file(s) 12', 'bytes free', 'LONGFILENAME EXE 1 1-1-91 5:00']);
});

test('module!symbol, timestamps, fields, leaders and protocol frames, unless the line reads as prose', () => {
  output([
    'ntdll!wcscpy', 'NT!_KiTrap0E+0x25e', 'kernel32!?Method@@YAXXZ', 'mod.dll!Func$1',
    '>10/19 10:29:37.676 (+ smidgen )  Event=x', '11/11/96 2:41:02 PM  Security', '1-2 3:04', '12/31/1999 23:59:59.1 x',
    'Thread = 0x00000105  Session = 0x002661D0', 'x1 = 0x1   y2 = 0x2',
    'Option . . . . . . . . : *BASIC', 'Name . . . :',
    'TCP: .A..S., len: 4', '+ FRAME: Base frame properties', 'ISO: Version = 3', '- IP: ID = 0x1', 'SMB: C session setup', 'SNMP: x',
  ]);
  not([
    'The fault is in ntdll!RtlAllocateHeap, or in the caller of it', 'Hello! World', '1!x', 'on 10/19 at 10:29 the file is', '10/19/96 is the date',
    'Thread = 1 Session = 2', 'a = b c = d', 'Option . . : x', 'TCP: is a protocol that the computers on the network use', 'TCP:x', 'XTCP: x',
    'See 11/11/96 2:41:02 PM for the time that the event was logged in',
  ]);
});

test('most prose is turned away by the quick test before the patterns', () => {
  for (const text of ['This is a plain line of prose.', '', '   ', 'Volume', 'Directory', 'ChildEBP', 'KD', 'kvx']) {
    assert.equal(isPlainOutput(text), false, JSON.stringify(text));
  }
});
