/*
 * A TEST SHIM, never shipped: Wine 8 (Debian 12) has no bcryptprimitives.dll, whose
 * ProcessPrng Rust's standard library calls for random numbers (HashMap keys, uuid),
 * so no Rust program starts under it. Real Windows 10 and 11 have the DLL. The Wine
 * scenario (tests/wine_scenario.rs) builds this with mingw-w64 and copies it into its
 * own Wine prefix's system32:
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll bcryptprimitives_shim.c
 *
 * ProcessPrng answers with RtlGenRandom (advapi32's SystemFunction036), the system's
 * random number generator that Wine does have.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
