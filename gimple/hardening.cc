/* What the build's own checks ask of promotion: a block moved to the stack must
   not hide a memory error that the same build reports when the block is on the
   heap.

   Bounds need nothing here.  promote.cc gives every promoted block exactly the
   size the program asked for: a local object of that size for a constant size, a
   run-time stack allocation of exactly that many bytes (the alloca of a
   variable-length array) for a variable one, and zero sizes stay on the heap.  So
   __builtin_object_size and __builtin_dynamic_object_size (_FORTIFY_SOURCE,
   -fsanitize=object-size), -Wstringop-overflow and -Warray-bounds see the size
   they saw before, and -fstack-protector-strong and -fstack-clash-protection
   guard and probe the block like the local array or variable-length array it
   has become.

   Sanitizers are this file's concern.  AddressSanitizer, HWASan and
   LeakSanitizer check a heap block for more than its bounds: a block never freed
   is a leak, an access after free and a second free are errors.  A promoted block
   has no free (promotion deletes it), so promotion would hide all three.  Under
   -fsanitize=address, kernel-address, hwaddress, kernel-hwaddress or leak nothing
   moves unless the user asks for it with -fplugin-arg-escape-promote-sanitized
   (the plugin's own tests do, to run promoted programs under ASan), and even then
   a site moves only where the sanitizer checks the bounds of what it moves to:
   stack objects (--param asan-stack, hwasan-instrument-stack) for a constant
   size, run-time stack allocations (--param asan-instrument-allocas,
   hwasan-instrument-allocas) for a variable one.  */

#include "gimple/escape.h"
#include "plugin/options.h"
#include "asan.h"

/* The sanitizers that check heap blocks beyond their bounds, by the name
   -fsanitize= gives them.  Kernel flavours first: they also set the plain bit.  */
static const struct
{
  unsigned flag;
  const char *name;
} heap_sanitizers[] = {
  { SANITIZE_KERNEL_ADDRESS, "kernel-address" },
  { SANITIZE_USER_ADDRESS, "address" },
  { SANITIZE_KERNEL_HWADDRESS, "kernel-hwaddress" },
  { SANITIZE_USER_HWADDRESS, "hwaddress" },
  { SANITIZE_LEAK, "leak" },
};

/* The first sanitizer of the build that checks heap blocks, or NULL.  */
static const char *
heap_sanitizer (void)
{
  for (const auto &s : heap_sanitizers)
    if (flag_sanitize & s.flag)
      return s.name;
  return NULL;
}

/* Whether the build's address sanitizer checks the bounds of a promoted block:
   a local object, or a run-time stack allocation if VARIABLE.  */
static bool
sanitizer_checks_stack_p (bool variable)
{
  if (hwasan_sanitize_p ())
    return variable ? hwasan_sanitize_allocas_p () : hwasan_sanitize_stack_p ();
  if (flag_sanitize & SANITIZE_ADDRESS)
    return variable ? asan_sanitize_allocas_p () : asan_sanitize_stack_p ();
  return true;
}

const char *
sanitizer_veto (bool variable)
{
  const char *name = heap_sanitizer ();
  if (!name)
    return NULL;
  if (!escape_opts.promote_sanitized)
    return xasprintf ("-fsanitize=%s checks heap blocks for leaks, use after free "
		      "and double free (-fplugin-arg-escape-promote-sanitized moves "
		      "them anyway)", name);
  if (!sanitizer_checks_stack_p (variable))
    return xasprintf ("-fsanitize=%s does not check the bounds of %s here", name,
		      variable ? "run-time stack allocations" : "stack objects");
  return NULL;
}
