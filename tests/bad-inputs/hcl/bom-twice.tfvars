﻿name = "demo"
