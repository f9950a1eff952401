"""Language layers (Russian first): segmentation, morphology, NER adapters.

slovnet runs its small CNN through numpy.  Multi-threaded OpenBLAS on such
small matrices is up to ten times *slower* than one thread on a shared
machine (threads spin and wait for each other), and ingest scales by worker
processes anyway, so BLAS gets one thread unless the user chose otherwise.
This only works before numpy is first imported, hence here.
"""
import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
