name	= "demo"
	az_count	=	3
