#pragma once

namespace terrain {

// Called first thing in main() by Terrain's programs (the desktop, terrain-server, terrain-cli,
// and the benchmarks that stand in for them).
//
// glibc serves each block over 128 KiB (a sync page's rows and JSON: 1 to 5 MB) with a fresh
// mmap, returned on free: every page of a sync then paid the mapping, a page fault per 4 KiB
// touched and the unmapping, on the server and on the laptop (a first sync of 100,000 voters:
// about 1 CPU second of 6). Blocks up to 64 MiB come from the heap instead, and the heap keeps
// up to 128 MiB free for the next page rather than giving it back at once.
void tuneMemoryAllocator();

} // namespace terrain
