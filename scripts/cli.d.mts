export function eachArg(argv: string[], onArg: (flag: string, take: () => string, arg: string) => void, usageError: (message: string) => Error): void;
export function expandFolders(inputs: string[], accept: (name: string) => boolean, onEmptyFolder?: (folder: string) => void): Promise<string[]>;
