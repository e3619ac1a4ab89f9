"""The bytes of the files Calendar.load and Rules.load name, read once, so that the object is built from
them and pickles by value (the texts travel with it; the other process reads no file).

The files are those the library itself would read, in its order: a path to a directory stands for its
*.ics (or *.ICS) files not starting with '.', sorted by name as bytes (strcmp), each a regular file; a path
named directly may be a regular file or a pipe; a rules directory holds deadlines.json, conditions.json,
materials.json and readings.json. Where the library would refuse a path (it does not exist, a directory holds no
*.ics or something other than a regular file, a file is larger than the library's limit), these functions return
None, and the caller loads from the paths, so that the error is the library's own."""
import os
import stat

ICS_MAX = 64 << 20  # src/calendar.c MAX_ICS_BYTES
RULES_MAX = 4 << 20  # src/ruleset.c RULES_FILE_MAX
RULES_FILES = (b'deadlines.json', b'conditions.json', b'materials.json', b'readings.json')


def _read(path, limit):
    # In pieces: f.read(limit + 1) would allocate the whole limit (64 MiB) for every small file.
    parts, size = [], 0
    with open(path, 'rb') as f:
        while size <= limit:
            piece = f.read(min(1 << 20, limit + 1 - size))
            if not piece:
                break
            parts.append(piece)
            size += len(piece)
    return b''.join(parts) if size <= limit else None


def _join(directory, name):
    return directory + (b'' if directory.endswith(b'/') else b'/') + name


def calendar_sources(paths):
    """[(name, data)] for the paths (bytes), or None."""
    out = []
    try:
        for path in paths:
            mode = os.stat(path).st_mode
            if stat.S_ISDIR(mode):
                names = sorted(n for n in os.listdir(path)
                               if not n.startswith(b'.') and len(n) > 4 and n[-4:] in (b'.ics', b'.ICS'))
                if not names:
                    return None
                for name in names:
                    full = _join(path, name)
                    if not stat.S_ISREG(os.stat(full).st_mode):
                        return None
                    data = _read(full, ICS_MAX)
                    if data is None:
                        return None
                    out.append((full, data))
            elif stat.S_ISREG(mode) or stat.S_ISFIFO(mode):
                data = _read(path, ICS_MAX)
                if data is None:
                    return None
                out.append((path, data))
            else:
                return None
    except OSError:
        return None
    return out


def rules_sources(directory):
    """[(name, data)] of the four rule files of `directory` (bytes), or None."""
    if not directory:
        return None
    out = []
    try:
        for name in RULES_FILES:
            full = _join(directory, name)
            if not stat.S_ISREG(os.stat(full).st_mode):
                return None
            data = _read(full, RULES_MAX)
            if data is None:
                return None
            out.append((full, data))
    except OSError:
        return None
    return out
