import type { CSSProperties } from "react";

export const body: CSSProperties = {
  backgroundColor: "#f4f4f5",
  color: "#18181b",
  margin: 0,
  padding: "24px 0",
};
export const container: CSSProperties = {
  backgroundColor: "#ffffff",
  maxWidth: "560px",
  margin: "0 auto",
  padding: "24px",
  borderRadius: "6px",
};
export const heading: CSSProperties = { fontSize: "22px", lineHeight: "1.3", margin: "0 0 16px" };
export const paragraph: CSSProperties = { fontSize: "16px", lineHeight: "1.5", margin: "0 0 16px" };
export const reference: CSSProperties = {
  fontSize: "20px",
  fontWeight: 700,
  letterSpacing: "0.08em",
  margin: "0 0 16px",
};
export const button: CSSProperties = {
  backgroundColor: "#1d4ed8",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontSize: "16px",
  textDecoration: "none",
  display: "inline-block",
};
export const small: CSSProperties = { fontSize: "13px", lineHeight: "1.5", color: "#52525b", margin: "16px 0 0" };
/** Links in running text: the button's blue, which keeps a 4.5:1 contrast on white (React Email's default does not). */
export const link: CSSProperties = { color: "#1d4ed8", textDecoration: "underline" };
