print("namespace member", __name__, __package__)
VALUE = 42
