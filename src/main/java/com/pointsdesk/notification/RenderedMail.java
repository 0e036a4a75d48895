package com.pointsdesk.notification;

record RenderedMail(String subject, String body) {}
