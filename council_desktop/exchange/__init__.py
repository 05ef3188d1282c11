"""Exchange with other offices: the formats that leave the secretariat and the files that come in.

Plain formats only: nothing here opens the database or imports Qt.  `services.exchange`
reads and writes the records and calls these; the window and the `council` command call it.
"""
