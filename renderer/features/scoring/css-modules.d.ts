// Side-effect CSS imports (Vite bundles them); declared here too for the Node-typed tsconfig, which lacks vite/client.
declare module '*.css';
