"""Reading an ID card: QR from a serial scanner or the webcam, duplicate check."""
