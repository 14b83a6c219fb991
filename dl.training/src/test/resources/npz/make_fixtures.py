# Generates the committed .npz fixtures with NumPy (run once: python3 make_fixtures.py).
import io, zipfile
import numpy as np

arrays = dict(
    f32=np.arange(6, dtype=np.float32).reshape(2, 3) / 4,
    f64_fortran=np.asfortranarray(np.arange(6, dtype=np.float64).reshape(2, 3) + 0.5),
    i32_big=np.array([1, -2, 300000], dtype='>i4'),
    f64_big=np.array([[1.5, -2.25]], dtype='>f8'),
    u8=np.array([0, 255, 7], dtype=np.uint8),
    b=np.array([True, False]),
    i64_scalar=np.asarray(42),
    f64_scalar=np.asarray(0.125),
    text=np.asarray('{"a": [1, 2]} ü'),
    lazy=np.asarray(None),
)
np.savez('numpy_stored.npz', **arrays)
np.savez_compressed('numpy_compressed.npz', **arrays)

class Unseekable(io.RawIOBase):
    def __init__(self, f): self.f = f
    def writable(self): return True
    def write(self, b): return self.f.write(b)
    def seekable(self): return False
    def seek(self, *a): raise OSError('unseekable')
    def tell(self): raise OSError('unseekable')
with open('numpy_streamed.npz', 'wb') as f:
    np.savez_compressed(Unseekable(f), **arrays)

np.savez('pickled_object.npz', obj=np.array([{'a': 1}], dtype=object))

# A model in Chainer's key layout: Classifier(MLP) with l1 (3->4), l2 (4->2).
rng = np.random.RandomState(0)
np.savez('chainer_model.npz', **{
    'predictor/l1/W': rng.randn(4, 3).astype(np.float32),
    'predictor/l1/b': rng.randn(4).astype(np.float32),
    'predictor/l2/W': rng.randn(2, 4).astype(np.float32),
    'predictor/l2/b': rng.randn(2).astype(np.float32),
})
