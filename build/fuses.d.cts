export declare const FUSES: Record<string | number, unknown>;
