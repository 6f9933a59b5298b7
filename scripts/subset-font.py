#!/usr/bin/env python3
"""Subsets one face of an OpenType font (or collection) to the characters in a text file.

Uses HarfBuzz's subsetter (libharfbuzz-subset, Debian package libharfbuzz-subset0) through ctypes,
so no Python package is needed. Called by scripts/build-og-fonts.ts.

  python3 scripts/subset-font.py SOURCE.ttc FACE_INDEX CHARACTERS.txt OUT.otf
"""
import ctypes
import ctypes.util
import sys

HB_SUBSET_FLAGS_NO_HINTING = 1 << 0


def load(name: str) -> ctypes.CDLL:
    path = ctypes.util.find_library(name) or f'lib{name}.so.0'
    return ctypes.CDLL(path)


def main(source: str, index: int, characters_file: str, out: str) -> None:
    hb = load('harfbuzz')
    sub = load('harfbuzz-subset')
    p = ctypes.c_void_p
    hb.hb_blob_create_from_file_or_fail.restype = p
    hb.hb_blob_create_from_file_or_fail.argtypes = [ctypes.c_char_p]
    hb.hb_face_create.restype = p
    hb.hb_face_create.argtypes = [p, ctypes.c_uint]
    hb.hb_set_add.argtypes = [p, ctypes.c_uint32]
    hb.hb_face_reference_blob.restype = p
    hb.hb_face_reference_blob.argtypes = [p]
    hb.hb_blob_get_data.restype = ctypes.POINTER(ctypes.c_char)
    hb.hb_blob_get_data.argtypes = [p, ctypes.POINTER(ctypes.c_uint)]
    for fn in ('hb_blob_destroy', 'hb_face_destroy'):
        getattr(hb, fn).argtypes = [p]
    sub.hb_subset_input_create_or_fail.restype = p
    sub.hb_subset_input_unicode_set.restype = p
    sub.hb_subset_input_unicode_set.argtypes = [p]
    sub.hb_subset_input_set_flags.argtypes = [p, ctypes.c_uint]
    sub.hb_subset_input_destroy.argtypes = [p]
    sub.hb_subset_or_fail.restype = p
    sub.hb_subset_or_fail.argtypes = [p, p]

    blob = hb.hb_blob_create_from_file_or_fail(source.encode())
    if not blob:
        sys.exit(f'cannot read {source}')
    face = hb.hb_face_create(blob, index)
    subset_input = sub.hb_subset_input_create_or_fail()
    unicodes = sub.hb_subset_input_unicode_set(subset_input)
    with open(characters_file, encoding='utf-8') as f:
        characters = {c for c in f.read() if c not in '\r\n'}
    for c in characters:
        hb.hb_set_add(unicodes, ord(c))
    # Hinting only matters for small sizes on screens; the preview image is rendered large.
    sub.hb_subset_input_set_flags(subset_input, HB_SUBSET_FLAGS_NO_HINTING)
    result = sub.hb_subset_or_fail(face, subset_input)
    if not result:
        sys.exit('subsetting failed')
    out_blob = hb.hb_face_reference_blob(result)
    length = ctypes.c_uint()
    data = hb.hb_blob_get_data(out_blob, ctypes.byref(length))
    with open(out, 'wb') as f:
        f.write(ctypes.string_at(data, length.value))
    print(f'{out}: {len(characters)} characters, {length.value} bytes')
    hb.hb_blob_destroy(out_blob)
    hb.hb_face_destroy(result)
    sub.hb_subset_input_destroy(subset_input)
    hb.hb_face_destroy(face)
    hb.hb_blob_destroy(blob)


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
