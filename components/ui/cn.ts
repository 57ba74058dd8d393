// Class-name joiner for conditional Tailwind classes.
export { clsx as cn } from "clsx";
