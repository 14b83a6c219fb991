# Writes snapshot_iter_3, a trainer snapshot in the exact key layout and dtypes of Chainer 7.8.1's
# examples/mnist/train_mnist.py (save_npz -> numpy.savez_compressed of the DictionarySerializer's
# target), for --unit 5 --batchsize 10 on 30 training images, taken at the end of epoch 1.
# Chainer is not installed here; the layout follows Trainer.serialize, StandardUpdater,
# SerialIterator, Adam, IntervalTrigger, LogReport, PlotReport and DumpGraph of 7.8.1.
import json
import numpy as np

rng = np.random.RandomState(0)
units, n = 5, 30
shapes = {'l1/W': (units, 784), 'l1/b': (units,), 'l2/W': (units, units), 'l2/b': (units,),
          'l3/W': (10, units), 'l3/b': (10,)}
d = {}
d['updater/iteration'] = np.asarray(3)                     # Python int -> <i8
it = 'updater/iterator:main/'
d[it + 'current_position'] = np.asarray(0)
d[it + 'epoch'] = np.asarray(1)
d[it + 'is_new_epoch'] = np.asarray(True)
d[it + 'order'] = rng.permutation(n)                      # int64
d[it + 'previous_epoch_detail'] = np.asarray(2 / 3)
opt = 'updater/optimizer:main/'
d[opt + 't'] = np.asarray(3)
d[opt + 'epoch'] = np.asarray(1)
for k, s in shapes.items():
    d['updater/model:main/predictor/' + k] = (rng.randn(*s) * 0.1).astype(np.float32)
    d[opt + 'predictor/' + k + '/t'] = np.asarray(3)
    d[opt + 'predictor/' + k + '/m'] = (rng.randn(*s) * 0.01).astype(np.float32)
    d[opt + 'predictor/' + k + '/v'] = (rng.rand(*s) * 1e-4).astype(np.float32)
for t in ['stop_trigger', 'extensions/LogReport/_trigger'] + [
        'extension_triggers/' + e for e in
        ['validation', '_Snapshot', 'LogReport', 'PlotReport', 'PlotReport_1', 'PrintReport',
         'ProgressBar']]:
    d[t + '/previous_iteration'] = np.asarray(3)
    d[t + '/previous_epoch_detail'] = np.asarray(1.0)
d['extensions/dump_graph/_original_flag'] = np.asarray(False)
d['extensions/dump_graph/_flag_called'] = np.asarray(True)
d['extensions/LogReport/_summary/_names'] = np.asarray(json.dumps([]))
log = [{'main/loss': 2.1, 'main/accuracy': 0.3, 'validation/main/loss': 2.0,
        'validation/main/accuracy': 0.4, 'epoch': 1, 'iteration': 3, 'elapsed_time': 0.5}]
d['extensions/LogReport/_log'] = np.asarray(json.dumps(log))
d['extensions/PlotReport/_plot_loss.png'] = np.asarray(
    json.dumps({'main/loss': [[1, 2.1]], 'validation/main/loss': [[1, 2.0]]}))
d['extensions/PlotReport_1/_plot_accuracy.png'] = np.asarray(
    json.dumps({'main/accuracy': [[1, 0.3]], 'validation/main/accuracy': [[1, 0.4]]}))
d['_snapshot_elapsed_time'] = np.asarray(0.75)
np.savez_compressed('snapshot_iter_3', **d)
import os
os.rename('snapshot_iter_3.npz', 'snapshot_iter_3')
