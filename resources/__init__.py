# Data files shipped with MSS Training; read them with importlib.resources.
