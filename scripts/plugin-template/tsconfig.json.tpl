{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "lib": [
      "ES2023",
      "DOM",
      "DOM.Iterable"
    ],
    "jsx": "react-jsx"
  },
  "include": [
    "src",
    "test",
    "prisma.config.ts",
    "vitest.config.ts"
  ]
}
