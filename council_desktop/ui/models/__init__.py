"""One QAbstractTableModel per list; small lists sort and filter through a proxy, people through the query."""
