# Generates the committed hostile and unusual .npz fixtures with NumPy and Python's zipfile
# (python3 make_hostile.py; none_numpy1.npz needs NumPy 1.x: run it with each NumPy to refresh).
# None of them is an exploit: they only lie about names, sizes and shapes.
import io, struct, sys, zipfile, zlib
import numpy as np

def npy(a):
    f = io.BytesIO(); np.save(f, a, allow_pickle=True); return f.getvalue()

W = np.arange(12, dtype=np.float32).reshape(4, 3) / 8
model = {'predictor/l1/W.npy': npy(W), 'predictor/l1/b.npy': npy(np.zeros(4, np.float32)),
         'predictor/l2/W.npy': npy(np.ones((2, 4), np.float32)),
         'predictor/l2/b.npy': npy(np.zeros(2, np.float32))}

def archive(name, extra, base=model, method=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(name, 'w', method) as z:
        for k, v in list(base.items()) + extra:
            z.writestr(k, v)

archive('dotdot.npz', [('../evil.npy', npy(np.zeros(3)))])
archive('absolute.npz', [('/abs/evil.npy', npy(np.zeros(3)))])
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore')  # zipfile warns about the duplicate name
    archive('duplicate.npz', [('predictor/l1/b.npy', npy(np.full(4, 666, np.float32)))])

def header(descr, shape):
    d = "{'descr': '%s', 'fortran_order': False, 'shape': %s, }" % (descr, shape)
    d += ' ' * ((64 - (10 + len(d) + 1) % 64) % 64) + '\n'
    return b'\x93NUMPY\x01\x00' + struct.pack('<H', len(d)) + d.encode('latin1')

archive('negative_dim.npz', [], {**model, 'predictor/l1/W.npy': header('<f4', '(-4, 3)') + bytes(48)})

# The .npy header and the zip both declare 1.6 GB; only 1 KB of zeros follows the header.
big = header('<f4', '(400000000,)')
with zipfile.ZipFile('huge_declared.npz', 'w', zipfile.ZIP_DEFLATED) as z:
    for k, v in model.items():
        if k != 'predictor/l1/W.npy':
            z.writestr(k, v)
    z.writestr('predictor/l1/W.npy', big + bytes(1024))
raw = bytearray(open('huge_declared.npz', 'rb').read())
declared = len(big) + 400000000 * 4
name = b'predictor/l1/W.npy'
at = raw.rfind(b'PK\x01\x02' )  # the last central directory record is the big entry
while raw[at + 46:at + 46 + len(name)] != name:
    at = raw.rfind(b'PK\x01\x02', 0, at)
struct.pack_into('<I', raw, at + 24, declared)  # central directory: uncompressed size
local = struct.unpack_from('<I', raw, at + 42)[0]
struct.pack_into('<I', raw, local + 22, declared)  # local header: uncompressed size
open('huge_declared.npz', 'wb').write(raw)

# Honest: 4 MB of zeros (4 KB deflated) where the model expects 12 floats.
archive('big_honest.npz', [], {**model, 'predictor/l1/W.npy': npy(np.zeros((1000, 1000), np.float32))})

# The pickle of None with one byte changed ('O8' becomes 'O4'): like None, but not NumPy's bytes.
none = npy(np.asarray(None))
archive('pickle_tampered.npz', [('lazy.npy', none.replace(b'O8', b'O4'))])
major = np.__version__.split('.')[0]
archive('none_numpy%s.npz' % major, [('lazy.npy', none)])

archive('dtypes.npz', [
    ('f2.npy', npy(np.array([1.5, -2, 65504, 6e-8], '<f2'))),
    ('f2_big.npy', npy(np.array([[0.25, np.inf]], '>f2'))),
    ('bytes.npy', npy(np.array([b'ab', b'', b'xyz'], 'S3'))),
    ('bytes0.npy', npy(np.asarray(b'hello'))),
    ('text.npy', npy(np.array([['a', 'bc'], ['déf', '']], '<U3'))),
    ('text_big.npy', npy(np.array(['xy'], '>U2'))),
    ('complex.npy', npy(np.array([1 + 2j], '<c8'))),
    ('dates.npy', npy(np.array(['2020-01-01'], 'datetime64[D]'))),
    ('structured.npy', npy(np.zeros(2, [('a', '<i4'), ('b', '<f4')]))),
])
