/* The engine is built with SQLITE_OMIT_SHARED_CACHE (ocgboard never shares a cache
   between connections), which leaves out sqlite3_enable_shared_cache(); the binding
   still offers it as sqlcipher3.enable_shared_cache(), so it is kept here, refusing. */
#include "sqlite3.h"

int sqlite3_enable_shared_cache(int enable) {
  return enable ? SQLITE_ERROR : SQLITE_OK;
}
