name = path.module
