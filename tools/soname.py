#!/usr/bin/env python3
"""Prints the SONAME of a shared library: the name the dynamic loader knows it by (DT_SONAME), which a
program linked against it records, and the name egca serve passes to dlopen (src/cli/serve.c).

Usage: soname.py LIBRARY.so — reads the ELF file itself (32 or 64 bits, either byte order); exits 1 with
a message naming the file when it is not an ELF shared library with a SONAME (a linker script, say)."""
import struct
import sys

SHT_DYNAMIC = 6
DT_NULL, DT_SONAME = 0, 14


def soname(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:4] != b'\x7fELF' or data[4] not in (1, 2) or data[5] not in (1, 2):
        raise ValueError('not an ELF file')
    wide = data[4] == 2
    end = '<' if data[5] == 1 else '>'
    if wide:
        shoff, = struct.unpack_from(end + 'Q', data, 0x28)
        shentsize, shnum = struct.unpack_from(end + 'HH', data, 0x3a)
        section = end + 'IIQQQQIIQQ'
        entry = end + 'qQ'
    else:
        shoff, = struct.unpack_from(end + 'I', data, 0x20)
        shentsize, shnum = struct.unpack_from(end + 'HH', data, 0x2e)
        section = end + 'IIIIIIIIII'
        entry = end + 'iI'
    sections = [struct.unpack_from(section, data, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != SHT_DYNAMIC:
            continue
        strtab = sections[link][4]  # the dynamic section's string table (.dynstr), by its file offset
        for pos in range(offset, offset + size, struct.calcsize(entry)):
            tag, value = struct.unpack_from(entry, data, pos)
            if tag == DT_NULL:
                break
            if tag == DT_SONAME:
                start = strtab + value
                return data[start:data.index(b'\0', start)].decode()
    raise ValueError('no SONAME in its dynamic section')


def main():
    path = sys.argv[1]
    try:
        print(soname(path))
    except (OSError, ValueError, struct.error, IndexError) as e:
        print(f'soname.py: {path}: {e}', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
