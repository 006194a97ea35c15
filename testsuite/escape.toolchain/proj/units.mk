# The project check-icecream.sh builds, in a directory of its own:
#   make -f .../proj/units.mk -j3 SRC=.../proj CC=... CFLAGS=...
# Three units compiled in parallel, each compile's diagnostics in UNIT.notes,
# linked into prog.
objects = sum.o words.o main.o

prog: $(objects)
	$(CC) $(objects) -o $@

%.o: $(SRC)/%.c $(SRC)/proj.h
	$(CC) $(CFLAGS) -c $< -o $@ 2> $*.notes
