"""Logic and binary: lamps as bits, logic gates and a half adder that opens a container lock."""
