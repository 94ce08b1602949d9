package dev.tilmash.delivery;

/** A page of a delivery list, ready to send, and the language it is in. */
public record DeliveredList(byte[] json, String language) {}
