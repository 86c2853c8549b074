name = 'demo'
