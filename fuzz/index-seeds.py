#!/usr/bin/env python3
"""Fuzz seeds from an index file (format 3), for the index half of the store's fuzz target (fuzz/IndexFuzzing.swift):
the whole file (first byte 1) and a few entries' facts and prose (first byte 0, then the facts' length as a
little-endian UInt16). Usage: index-seeds.py INDEX OUT-FOLDER NAME [ENTRIES]"""
import struct
import sys

path, out, name = sys.argv[1], sys.argv[2], sys.argv[3]
entries = int(sys.argv[4]) if len(sys.argv) > 4 else 0
data = open(path, "rb").read()
assert data[:8] == b"HEARTHIX", "not an index"
head_end = 48 + struct.unpack_from("<Q", data, 16)[0]
offset = 48 + 16
partners, count, chunks = struct.unpack_from("<III", data, offset)
offset += 12
for _ in range(partners):
    offset += 4 + struct.unpack_from("<I", data, offset)[0]
rows = ((offset + 7) & ~7) + chunks * 16
facts_start = rows + count * 80
prose = data[head_end:]
if len(data) < 65535:
    open(f"{out}/index_{name}", "wb").write(b"\x01" + data)
# Check-ins (folder 0) and moments files (folder 1), spread over the rows.
picked = [entry for entry in range(count) if data[rows + entry * 80 + 4] == 0][:: max(1, count // max(1, entries))][:entries]
picked += [entry for entry in range(count) if data[rows + entry * 80 + 4] == 1][:1] if entries else []
for entry in picked:
    row = rows + entry * 80
    facts_at, facts_length, prose_at, prose_length = struct.unpack_from("<IIII", data, row + 64)
    facts = data[facts_start + facts_at:facts_start + facts_at + facts_length]
    text = prose[prose_at:prose_at + prose_length]
    kind = "checkin" if data[row + 4] == 0 else "moments"
    open(f"{out}/index_{name}_{kind}_{entry}", "wb").write(b"\x00" + struct.pack("<H", len(facts)) + facts + text)

# The demo's check-ins hold no moments: one entry (the demo's words) with a dated moment, a skipped ritual, device-free
# minutes, an intention review and an answer, so that every field's decoding is in the seeds.
u32 = lambda value: struct.pack("<I", value)
word = lambda number: u32(0x8000_0000 | number)
spelled = lambda text: u32(len(text.encode())) + text.encode()
facts = (u32(2) + word(0) + u32(4) + word(1) + u32(0xFFFF_FFFF) + u32(1) + b"\x02"
         + u32(1) + word(9) + b"\x01" + spelled("rain")
         + b"\x01" + struct.pack("<q", 90)
         + u32(1) + spelled("m-1") + b"\x01" + struct.pack("<q", 20_445) + word(6) + word(7) + b"\x03"
         + b"\x01" + u32(1) + spelled("money-talk") + u32(1) + spelled("mood") + spelled("mood: fine\n"))
prose = (u32(1) + spelled("a walk") + spelled("good") + spelled("") + spelled("") + spelled("walk more") + spelled("") + spelled("")
         + spelled("walked together") + spelled("it landed") + spelled("a budget") + u32(0))
if entries:
    open(f"{out}/index_{name}_checkin_dated", "wb").write(b"\x00" + struct.pack("<H", len(facts)) + facts + prose)
