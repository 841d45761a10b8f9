"""gunicorn settings for Azura Portal, every value overridable from the environment."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: page rendering is CPU-bound, so one per core is the sweet spot
# on small machines; threads help only when requests wait on the network.
workers = int(os.environ.get("GUNICORN_WORKERS", min(multiprocessing.cpu_count(), 4)))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 20))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 5))
# Recycle workers now and then so a slow leak can never grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 5000))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", 500))
# Load the application once in the master and fork workers from it: a recycled worker starts
# in milliseconds instead of importing Django again (which stalled requests for ~0.5 s under
# load), and workers share the loaded code's memory. A code change needs a restart, not HUP.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") not in ("0", "false", "no")
wsgi_app = "portal.wsgi:application"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Never advertise the server software.
proc_name = "azura-portal"
# Several instances may run under one user (tests, benchmarks): no shared control socket.
control_socket_disable = True
