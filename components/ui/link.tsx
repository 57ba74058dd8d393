// The app's link: next/link without prefetching. Next prefetches every link that scrolls into
// view, and for these pages (all dynamic, per user) each prefetch is a server render: one home
// page view cost about twenty renders of other pages (measured, decision 045). A click still
// navigates on the client; only the work nobody asked for is gone.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
